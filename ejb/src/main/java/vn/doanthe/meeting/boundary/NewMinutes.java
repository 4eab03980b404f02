package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A meeting's minutes as written: the discussion, conclusions with their votes, tasks, the dues collected (đồng). */
public record NewMinutes(String discussion, List<Decision> conclusions, List<Task> tasks, Long duesCollected)
        implements Serializable {

    /** A conclusion and its vote (none when no vote was taken). */
    public record Decision(String text, Integer votesFor, Integer votesAgainst, Integer abstentions)
            implements Serializable {
    }

    /** A task: what, who carries it out, by when. */
    public record Task(String text, String owner, LocalDate dueOn) implements Serializable {
    }
}
