package vn.doanthe.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A conclusion of a meeting (kết luận, nghị quyết) and its vote, when one was taken. */
@Embeddable
public class Conclusion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column
    private Integer abstentions;

    protected Conclusion() {
    }

    public Conclusion(String text, Integer votesFor, Integer votesAgainst, Integer abstentions) {
        this.text = text;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstentions = abstentions;
    }

    public String getText() {
        return text;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    @Override
    public String toString() {
        return text + (votesFor == null ? "" : " (" + votesFor + "/" + votesAgainst + "/" + abstentions + ")");
    }
}
