package vn.doanthe.directive.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * Where and when a branch presented a campaign's summary: the presenter, the members present (from
 * its roll, so that the members reached are counted exactly), how many others came, the questions
 * asked, and the members' opinions and proposals by topic.
 */
@Entity
@Table(name = "campaign_session")
public class CampaignSession extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_id")
    private CampaignTarget target;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 200)
    private String presenter;

    @Column(name = "others_present", nullable = false)
    private int othersPresent;

    @Column
    private String questions;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "campaign_attendee", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> attendees = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_opinion", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<Opinion> opinions = new ArrayList<>();

    protected CampaignSession() {
    }

    public CampaignSession(CampaignTarget target, LocalDate heldOn, String presenter, Set<Person> attendees,
                           int othersPresent, String questions, List<Opinion> opinions) {
        this.campaign = target.getCampaign();
        this.target = target;
        this.heldOn = heldOn;
        this.presenter = presenter;
        this.attendees = new HashSet<>(attendees);
        this.othersPresent = othersPresent;
        this.questions = questions;
        this.opinions = new ArrayList<>(opinions);
    }

    /** The person was registered twice: the kept record attended instead of the merged one. */
    public void attendedBy(Person merged, Person kept) {
        if (attendees.remove(merged)) {
            attendees.add(kept);
        }
    }

    @Override
    public Place territory() {
        return target.territory();
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public CampaignTarget getTarget() {
        return target;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPresenter() {
        return presenter;
    }

    public int getOthersPresent() {
        return othersPresent;
    }

    public String getQuestions() {
        return questions;
    }

    public Set<Person> getAttendees() {
        return Set.copyOf(attendees);
    }

    public List<Opinion> getOpinions() {
        return List.copyOf(opinions);
    }
}
