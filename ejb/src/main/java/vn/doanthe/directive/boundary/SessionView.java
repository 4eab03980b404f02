package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.directive.entity.CampaignSession;
import vn.doanthe.member.entity.Person;

/** A branch's session: its members present ({@code attendees}, their ids) and the others counted apart. */
public record SessionView(Long id, Long campaignId, Long orgUnitId, String orgUnitName, LocalDate heldOn, String presenter,
                          List<Long> attendees, int othersPresent, String questions, List<NewSession.Topic> opinions)
        implements Serializable {

    public static SessionView of(CampaignSession s) {
        return new SessionView(s.getId(), s.getCampaign().getId(), s.getTarget().getUnit().getId(),
                s.getTarget().getUnit().getName(), s.getHeldOn(), s.getPresenter(),
                s.getAttendees().stream().map(Person::getId).sorted().toList(), s.getOthersPresent(), s.getQuestions(),
                s.getOpinions().stream().map(o -> new NewSession.Topic(o.getTopic(), o.getText())).toList());
    }
}
