package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import vn.doanthe.directive.entity.DirectiveSummary;
import vn.doanthe.directive.entity.SummaryState;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A summary for members: {@code version} counts the versions of the document's summary at its
 * level; {@code hash} is the SHA-256 of its text and outline; {@code unit}: the level that wrote it;
 * {@code approvedAt} in UTC.
 */
public record SummaryView(Long id, Long directiveId, int version, String hash, SummaryState state, String text,
                          String outline, String unit, String unitName, Long basedOnId, String writtenBy,
                          String approvedBy, LocalDateTime approvedAt) implements Serializable {

    public static SummaryView of(DirectiveSummary s) {
        AdminUnit level = s.getLevel();
        return new SummaryView(s.getId(), s.getDirective().getId(), s.getVersionNo(), s.getSha256(), s.getState(),
                s.getText(), s.getOutline(), level == null ? null : level.getCode(), level == null ? null : level.getName(),
                s.getBasedOn() == null ? null : s.getBasedOn().getId(), s.getWrittenBy(), s.getApprovedBy(),
                s.getApprovedAt());
    }
}
