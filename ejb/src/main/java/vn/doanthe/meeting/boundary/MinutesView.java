package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.platform.control.VietnamTime;

/** A meeting's minutes as read; {@code adoptedAt} Vietnam time, none while they may still change. */
public record MinutesView(String discussion, List<NewMinutes.Decision> conclusions, List<NewMinutes.Task> tasks,
                          Long duesCollected, LocalDateTime adoptedAt, String adoptedBy) implements Serializable {

    static MinutesView of(Meeting m) {
        return new MinutesView(m.getDiscussion(), m.getConclusions().stream().map(c -> new NewMinutes.Decision(
                c.getText(), c.getVotesFor(), c.getVotesAgainst(), c.getAbstentions())).toList(),
                m.getTasks().stream().map(t -> new NewMinutes.Task(t.getText(), t.getOwner(), t.getDueOn())).toList(),
                m.getDuesCollected(), m.getAdoptedAt() == null ? null : VietnamTime.of(m.getAdoptedAt()), m.getAdoptedBy());
    }
}
