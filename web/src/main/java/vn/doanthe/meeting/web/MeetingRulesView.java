package vn.doanthe.meeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.doanthe.meeting.boundary.ClassificationRules;
import vn.doanthe.meeting.boundary.CriteriaChange;
import vn.doanthe.meeting.boundary.CriteriaView;
import vn.doanthe.meeting.boundary.MeetingRuleView;
import vn.doanthe.meeting.boundary.MeetingRules;
import vn.doanthe.meeting.boundary.RuleChange;
import vn.doanthe.meeting.entity.BranchGrade;
import vn.doanthe.meeting.entity.Cadence;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Dates;
import vn.doanthe.platform.web.Feedback;

/**
 * The rules of branch meetings of one organisation (quy định sinh hoạt): the cadence, the fixed day
 * and the minimum attendance of each unit type that meets, and the versions of the criteria its
 * branches are classified on. Everyone reads them; an administrator of the whole installation
 * changes them, a rule or the criteria at a time. Shares are shown and typed as percentages.
 */
@Named
@ViewScoped
public class MeetingRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingRules rules;

    @Inject
    ClassificationRules criteria;

    @Inject
    Organisations organisations;

    @Inject
    Scopes scopes;

    @Inject
    Dates dates;

    private List<OrganisationView> organisationList;
    private String organisation;
    private List<MeetingRuleView> shown;
    private List<CriteriaView> versions;

    private MeetingRuleView rule;
    private Cadence cadence;
    private Integer fixedDay;
    private BigDecimal minAttendance;

    private Long duesPerMember;
    private final GradeForm strong = new GradeForm();
    private final GradeForm good = new GradeForm();
    private final GradeForm average = new GradeForm();

    @PostConstruct
    void init() {
        organisationList = organisations.all();
        organisation = organisationList.stream().findFirst().map(OrganisationView::code).orElse(null);
        show();
    }

    public void show() {
        String code = organisation;
        Feedback.attempt("filterForm", () -> {
            shown = rules.of(code);
            versions = criteria.of(code);
        });
    }

    /** Whether the caller may change the rules: an administrator of the whole installation. */
    public boolean isEditor() {
        return Faces.isUserInRole(Role.ADMIN.name()) && scopes.current().isEverything();
    }

    public void editRule(MeetingRuleView chosen) {
        rule = chosen;
        cadence = chosen.cadence();
        fixedDay = chosen.fixedDay();
        minAttendance = Percent.of(chosen.minAttendance());
    }

    public void saveRule() {
        RuleChange change = new RuleChange(cadence, fixedDay, Percent.share(minAttendance), rule.version());
        Long id = rule.id();
        if (Feedback.attempt("ruleForm", () -> rules.change(id, change))) {
            Feedback.info("meeting.rules.saved", rule.unitTypeName());
            show();
        }
    }

    public void editCriteria() {
        CriteriaView latest = versions.get(0);
        duesPerMember = latest.duesPerMember();
        strong.fill(latest.strong());
        good.fill(latest.good());
        average.fill(latest.average());
    }

    public void saveCriteria() {
        CriteriaChange change = new CriteriaChange(duesPerMember, strong.thresholds(), good.thresholds(),
                average.thresholds());
        String code = organisation;
        CriteriaView[] saved = new CriteriaView[1];
        if (Feedback.attempt("criteriaForm", () -> saved[0] = criteria.change(code, change))) {
            Feedback.info("meeting.rules.criteriaSaved", saved[0].number());
            show();
        }
    }

    /** The latest criteria, a row a grade (weak: what asks less than average). */
    public List<GradeRow> getGradeRows() {
        if (versions == null || versions.isEmpty()) {
            return List.of();
        }
        CriteriaView latest = versions.get(0);
        return List.of(new GradeRow(BranchGrade.STRONG, latest.strong()), new GradeRow(BranchGrade.GOOD, latest.good()),
                new GradeRow(BranchGrade.AVERAGE, latest.average()));
    }

    /** A grade and what it asks. */
    public record GradeRow(BranchGrade grade, CriteriaView.Thresholds thresholds) implements Serializable {
    }

    public String money(long dong) {
        return String.format(ChosenLanguage.current(), "%,d đ", dong);
    }

    /** When a version was saved, in Vietnam's time. */
    public String moment(LocalDateTime utc) {
        return dates.moment(VietnamTime.of(utc));
    }

    /** The short name of the organisation shown. */
    public String getOrganisationName() {
        return organisationList.stream().filter(o -> o.code().equals(organisation)).map(OrganisationView::shortName)
                .findFirst().orElse("");
    }

    public List<OrganisationView> getOrganisations() {
        return organisationList;
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public List<MeetingRuleView> getShown() {
        return shown;
    }

    public List<CriteriaView> getVersions() {
        return versions;
    }

    public MeetingRuleView getRule() {
        return rule;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public Integer getFixedDay() {
        return fixedDay;
    }

    public void setFixedDay(Integer fixedDay) {
        this.fixedDay = fixedDay;
    }

    public BigDecimal getMinAttendance() {
        return minAttendance;
    }

    public void setMinAttendance(BigDecimal minAttendance) {
        this.minAttendance = minAttendance;
    }

    public Long getDuesPerMember() {
        return duesPerMember;
    }

    public void setDuesPerMember(Long duesPerMember) {
        this.duesPerMember = duesPerMember;
    }

    public GradeForm getStrong() {
        return strong;
    }

    public GradeForm getGood() {
        return good;
    }

    public GradeForm getAverage() {
        return average;
    }
}
