package vn.doanthe.directive.boundary;

/** What a reminder round wrote: reminders to branches before their deadline, notices of overdue branches. */
public record ReminderRun(int dueSoon, int overdue) {
}
