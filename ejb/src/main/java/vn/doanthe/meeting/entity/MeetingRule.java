package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.doanthe.organisation.entity.OrgUnitType;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * How a type of unit meets (quy định sinh hoạt): its cadence, the day of the month where the
 * province fixes one, and the share of the members expected below which a meeting is flagged.
 * Loaded with the charters' defaults; an administrator edits it.
 */
@Entity
@Table(name = "meeting_rule")
public class MeetingRule extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_type_id", nullable = false, updatable = false)
    private OrgUnitType unitType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Cadence cadence;

    @Column(name = "fixed_day")
    private Integer fixedDay;

    @Column(name = "min_attendance", nullable = false, precision = 5, scale = 4)
    private BigDecimal minAttendance;

    protected MeetingRule() {
    }

    public OrgUnitType getUnitType() {
        return unitType;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public Integer getFixedDay() {
        return fixedDay;
    }

    public BigDecimal getMinAttendance() {
        return minAttendance;
    }

    public void change(Cadence cadence, Integer fixedDay, BigDecimal minAttendance) {
        this.cadence = cadence;
        this.fixedDay = fixedDay;
        this.minAttendance = minAttendance;
    }

    /** None: the rules are the installation's. */
    @Override
    public Place territory() {
        return null;
    }
}
