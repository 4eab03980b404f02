package vn.doanthe.meeting.web;

import java.io.Serializable;
import vn.doanthe.meeting.control.TasksToFollow;

/** A task of earlier minutes as the follow-up table edits it: done (true), not yet (false) or not said (none). */
public final class FollowRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TasksToFollow.OpenTask task;
    private Boolean done;
    private String note;

    FollowRow(TasksToFollow.OpenTask task) {
        this.task = task;
        this.done = task.done();
        this.note = task.note();
    }

    public TasksToFollow.OpenTask getTask() {
        return task;
    }

    public Boolean getDone() {
        return done;
    }

    public void setDone(Boolean done) {
        this.done = done;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
