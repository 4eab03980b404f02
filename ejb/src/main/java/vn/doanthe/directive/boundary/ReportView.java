package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.directive.entity.CampaignReport;

/**
 * A level's report state: {@code SENT} by the due date, {@code SENT_LATE} after it, {@code WAITING}
 * for it, {@code MISSING} past it; when sent, the figures and the number of opinions as they stood
 * that day, who sent it and the note.
 */
public record ReportView(String unit, String name, LocalDate due, State state, LocalDate submittedOn, String submittedBy,
                         String note, Integer targets, Integer acknowledged, Integer sessionsHeld, Integer membersReached,
                         Integer members, Integer opinions) implements Serializable {

    public enum State { SENT, SENT_LATE, WAITING, MISSING }

    static ReportView of(String unit, String name, LocalDate due, CampaignReport report, LocalDate today) {
        if (report == null) {
            return new ReportView(unit, name, due, today.isAfter(due) ? State.MISSING : State.WAITING, null, null, null,
                    null, null, null, null, null, null);
        }
        return new ReportView(unit, name, due, report.getSubmittedOn().isAfter(due) ? State.SENT_LATE : State.SENT,
                report.getSubmittedOn(), report.getSubmittedBy(), report.getNote(), report.getTargets(),
                report.getAcknowledged(), report.getSessionsHeld(), report.getMembersReached(), report.getMembers(),
                report.getOpinions());
    }
}
