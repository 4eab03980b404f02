package vn.doanthe.meeting.web;

import java.io.Serializable;
import vn.doanthe.meeting.boundary.SupervisorChoice;
import vn.doanthe.meeting.boundary.SupervisorLine;

/** An assigned cadre as the supervision table edits it: attended or not, and the remarks. */
public final class SupervisorRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SupervisorChoice cadre;
    private boolean attended;
    private String remark;

    SupervisorRow(SupervisorChoice cadre, SupervisorLine recorded) {
        this.cadre = cadre;
        this.attended = recorded != null;
        this.remark = recorded == null ? null : recorded.remark();
    }

    public SupervisorChoice getCadre() {
        return cadre;
    }

    public boolean isAttended() {
        return attended;
    }

    public void setAttended(boolean attended) {
        this.attended = attended;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}
