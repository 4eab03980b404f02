package vn.doanthe.cadre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.cadre.boundary.CadreView;
import vn.doanthe.cadre.boundary.HoldingEnd;
import vn.doanthe.cadre.boundary.NewHolding;
import vn.doanthe.cadre.boundary.PostHoldings;
import vn.doanthe.cadre.boundary.PostTypeView;
import vn.doanthe.cadre.boundary.Posts;
import vn.doanthe.cadre.entity.HoldingMode;
import vn.doanthe.member.boundary.PersonSearch;
import vn.doanthe.member.web.PersonPicker;
import vn.doanthe.organisation.boundary.OrgUnitView;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.web.UnitPicker;
import vn.doanthe.platform.web.Dates;
import vn.doanthe.platform.web.Feedback;

/**
 * Giving a post (bầu, chỉ định, phụ trách) and leaving it, from the cadres page: the person and the
 * unit are picked by name, the post from those of the unit's type; every mistake shows beside its
 * field at once, and the form keeps what was typed.
 */
@Named
@ViewScoped
public class HoldingFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostHoldings holdings;

    @Inject
    Posts posts;

    @Inject
    PersonSearch personSearch;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Dates dates;

    private final PersonPicker person = new PersonPicker();
    private final UnitPicker unit = new UnitPicker();
    private String post;
    private LocalDate from;
    private LocalDate to;
    private HoldingMode mode = HoldingMode.ELECTED;
    private String decision;

    private Long endingId;
    private String ending;
    private LocalDate endOn;
    private String endReason;

    public void prepare() {
        person.clear();
        unit.clear();
        post = null;
        from = null;
        to = null;
        mode = HoldingMode.ELECTED;
        decision = null;
    }

    public List<String> completePerson(String text) {
        return person.complete(personSearch, dates, text);
    }

    public List<String> completeUnit(String text) {
        return unit.complete(orgUnits, text);
    }

    /** The posts of the unit chosen (its organisation and type). */
    public List<PostTypeView> getPosts() {
        OrgUnitView chosen = unit.unit();
        if (chosen == null) {
            return List.of();
        }
        return posts.list(chosen.organisationCode()).stream()
                .filter(p -> p.unitType().equals(chosen.type()) && p.active()).toList();
    }

    public void save() {
        NewHolding holding = new NewHolding(person.id(), unit.id(), post, from, to, mode, decision);
        if (Feedback.attempt("holdingForm", () -> holdings.hold(holding))) {
            Feedback.info("cadre.holding.saved");
        }
    }

    public void prepareEnd(CadreView cadre, CadreView.Post held) {
        endingId = held.holdingId();
        ending = cadre.fullName() + " — " + held.postName() + ", " + held.orgUnitName();
        endOn = null;
        endReason = null;
    }

    public void end() {
        if (Feedback.attempt("endForm", () -> holdings.end(endingId, new HoldingEnd(endOn, endReason)))) {
            Feedback.info("cadre.holding.ended");
        }
    }

    public HoldingMode[] getModes() {
        return HoldingMode.values();
    }

    public PersonPicker getPerson() {
        return person;
    }

    public UnitPicker getUnit() {
        return unit;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public HoldingMode getMode() {
        return mode;
    }

    public void setMode(HoldingMode mode) {
        this.mode = mode;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getEnding() {
        return ending;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
