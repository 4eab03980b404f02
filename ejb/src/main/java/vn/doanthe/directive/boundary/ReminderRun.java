package vn.doanthe.directive.boundary;

/**
 * What a reminder round did: reminders written to branches before their deadline, notices of
 * overdue branches, and letters mailed (none when no mail session is configured).
 */
public record ReminderRun(int dueSoon, int overdue, int mailed) {
}
