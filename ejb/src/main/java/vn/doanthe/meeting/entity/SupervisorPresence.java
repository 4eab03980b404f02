package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A supervising cadre at a meeting, by person, with their remarks on it. */
@Embeddable
public class SupervisorPresence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(length = 2000)
    private String remark;

    protected SupervisorPresence() {
    }

    public SupervisorPresence(Long personId, String remark) {
        this.personId = personId;
        this.remark = remark;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getRemark() {
        return remark;
    }

    @Override
    public String toString() {
        return personId + (remark == null ? "" : ": " + remark);
    }
}
