package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.doanthe.meeting.entity.Cadence;
import vn.doanthe.meeting.entity.MeetingRule;

/** A meeting rule as read: the organisation and unit type (code and name) it applies to. */
public record MeetingRuleView(Long id, String organisation, String unitType, String unitTypeName, Cadence cadence,
                              Integer fixedDay, BigDecimal minAttendance, int version) implements Serializable {

    static MeetingRuleView of(MeetingRule rule) {
        var type = rule.getUnitType();
        return new MeetingRuleView(rule.getId(), type.getOrganisation().getCode(), type.getCode(), type.getName(),
                rule.getCadence(), rule.getFixedDay(), rule.getMinAttendance(), rule.getVersion());
    }
}
