package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A branch's session: when, the presenter, its members present (person ids), others present, questions, opinions by topic. */
public record NewSession(Long orgUnitId, LocalDate heldOn, String presenter, List<Long> attendees, Integer othersPresent,
                         String questions, List<Topic> opinions) implements Serializable {

    public record Topic(String topic, String text) implements Serializable {
    }
}
