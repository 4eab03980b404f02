package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** One member at a meeting's roll call, by person. */
@Embeddable
public class RollCall implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceState state;

    protected RollCall() {
    }

    public RollCall(Long personId, AttendanceState state) {
        this.personId = personId;
        this.state = state;
    }

    public Long getPersonId() {
        return personId;
    }

    public AttendanceState getState() {
        return state;
    }

    /** As the audit trail records it: "person=STATE". */
    @Override
    public String toString() {
        return personId + "=" + state;
    }
}
