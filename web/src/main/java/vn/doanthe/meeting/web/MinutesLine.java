package vn.doanthe.meeting.web;

import java.io.Serializable;
import java.time.LocalDate;

/** A conclusion (text and votes) or a task (text, owner, due day) as the minutes form edits it. */
public final class MinutesLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstentions;
    private String owner;
    private LocalDate dueOn;

    boolean isBlank() {
        return (text == null || text.isBlank()) && votesFor == null && votesAgainst == null && abstentions == null
                && (owner == null || owner.isBlank()) && dueOn == null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(Integer abstentions) {
        this.abstentions = abstentions;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
