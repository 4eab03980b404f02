package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.doanthe.member.entity.RatingLevel;

/**
 * A year's member ratings under a unit: how many members each level was decided for, and the
 * outstanding members (the list the unit proposes for commendation and the Party's attention).
 */
public record RatingSummary(int year, Map<RatingLevel, Long> levels, long rated, List<OutstandingMember> items)
        implements Serializable {
}
