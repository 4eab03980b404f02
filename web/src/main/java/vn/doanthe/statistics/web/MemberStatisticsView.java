package vn.doanthe.statistics.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.doanthe.member.boundary.MemberCounts;
import vn.doanthe.member.boundary.MemberStatistics;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.BarChart;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.Texts;
import vn.doanthe.security.web.UserSession;
import vn.doanthe.statistics.boundary.EligiblePopulations;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;

/**
 * The statistics page: members of a territorial unit on a day, per organisation with the ratio to
 * the eligible population, per status and per unit below (each a link to the same page, so one
 * drills down from province to hamlet and climbs back by the breadcrumb); entering an eligible figure.
 */
@Named
@ViewScoped
public class MemberStatisticsView implements Serializable {

    private static final int CHARTED_AT_EACH_END = 10;

    private static final long serialVersionUID = 1L;
    /** The statuses in which a member is counted. */
    private static final List<MembershipStatus> COUNTED = List.of(MembershipStatus.ACTIVE, MembershipStatus.AWAY,
            MembershipStatus.PAUSED);

    @Inject
    MemberStatistics statistics;

    @Inject
    EligiblePopulations eligiblePopulations;

    @Inject
    AdminUnits adminUnits;

    @Inject
    Organisations organisations;

    @Inject
    UserSession userSession;

    private String unitCode;
    private LocalDate asOf;
    private String unit;
    private LocalDate day;
    private MemberCounts counts;
    private List<Crumb> trail = List.of();
    private String unitType;
    private Map<String, String> childTypes = Map.of();

    private String organisationCode;
    private Integer year;
    private Long eligible;

    /** f:viewAction: the counts of the unit and day named by the parameters, today when no day is given. */
    public void load() {
        day = asOf == null ? VietnamTime.today() : asOf;
        if (unitCode == null || unitCode.isBlank()) {
            unitCode = statistics.ownUnit(); // the page opens on the user's own unit
            if (unitCode == null) {
                return;
            }
        }
        unit = unitCode;
        if (Feedback.attempt("filterForm", this::count)) {
            unit = Choices.label(counts.unit(), counts.name());
            year = day.getYear();
        }
    }

    private void count() {
        counts = eligiblePopulations.withRatios(statistics.members(unitCode.trim(), day));
        AdminUnitView current = adminUnits.findCurrentOrOn(counts.unit(), day);
        unitType = current.type().name();
        childTypes = adminUnits.children(current.id(), current.isCurrent() ? VietnamTime.today() : day).stream()
                .collect(Collectors.toMap(AdminUnitView::code, u -> u.type().name(), (a, b) -> a));
        List<Crumb> above = new ArrayList<>();
        while (current.parentCode() != null) {
            current = adminUnits.findCurrentOrOn(current.parentCode(), day);
            above.add(new Crumb(current.code(), current.type().name(), current.name()));
        }
        Collections.reverse(above);
        trail = above;
    }

    /** A unit above the one shown, linked from the breadcrumb. */
    public record Crumb(String code, String type, String name) implements Serializable {
    }

    /** "Khóm 5", "Phường Nguyệt Hoá": the unit's type in the user's language, then its name. */
    public String label(String type, String name) {
        return type == null ? name : Texts.get(userSession.getLocale(), "territory.type." + type) + " " + name;
    }

    public String childLabel(String code, String name) {
        return label(childTypes.get(code), name);
    }

    /** Opens the page for the chosen unit and day, so that it can be bookmarked and shared. */
    public void show() throws IOException {
        String code = Choices.key(unit);
        if (code == null) {
            return;
        }
        Faces.redirect("statistics/members.xhtml?unit=%s&asOf=%s", code, (day == null ? VietnamTime.today() : day).toString());
    }

    public void prepareEligible(String organisation) {
        organisationCode = organisation;
        year = day.getYear();
        eligible = counts.byOrganisation().stream().filter(o -> o.organisation().equals(organisation))
                .findFirst().map(MemberCounts.OrganisationCount::eligible).orElse(null);
    }

    public void saveEligible() {
        String code = counts.unit();
        if (Feedback.attempt("eligibleForm", () -> {
            eligiblePopulations.set(code, year, organisationCode, eligible);
            Feedback.info("statistics.eligible.saved");
        })) {
            count();
        }
    }

    /** The table as an Excel workbook, in the user's language. */
    public StreamedContent getWorkbook() {
        byte[] bytes = StatisticsWorkbook.of(counts, userSession.getLocale());
        return DefaultStreamedContent.builder().name(StatisticsWorkbook.fileName(counts))
                .contentType(StatisticsWorkbook.MEDIA_TYPE).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<String> completeUnit(String query) {
        return adminUnits.search(query, null, null, day, new PageRequest(0, 15)).items().stream()
                .map(u -> Choices.label(u.code(), u.name())).toList();
    }

    public String getOrganisationChart() {
        return BarChart.of(Texts.get(userSession.getLocale(), "statistics.members"),
                counts.byOrganisation().stream().map(MemberCounts.OrganisationCount::name).toList(),
                counts.byOrganisation().stream().map(MemberCounts.OrganisationCount::members).toList());
    }

    /**
     * The units below as lying bars, most members first; of many units (a province's 124 communes)
     * the ten with the most and the ten with the fewest, the table beside listing them all.
     */
    public String getChildrenChart() {
        List<MemberCounts.ChildCount> shown = chartedChildren();
        return BarChart.horizontal(Texts.get(userSession.getLocale(), "statistics.memberships"),
                shown.stream().map(c -> childLabel(c.unit(), c.name())).toList(),
                shown.stream().map(MemberCounts.ChildCount::memberships).toList());
    }

    /** Whether the chart shows only the ten units with the most members and the ten with the fewest. */
    public boolean isChildrenChartCut() {
        return counts.children().size() > 2 * CHARTED_AT_EACH_END;
    }

    /** Enough height for each bar to carry its name. */
    public int getChildrenChartHeight() {
        return 60 + 24 * chartedChildren().size();
    }

    private List<MemberCounts.ChildCount> chartedChildren() {
        List<MemberCounts.ChildCount> sorted = counts.children().stream()
                .sorted(Comparator.comparingLong(MemberCounts.ChildCount::memberships).reversed()).toList();
        if (!isChildrenChartCut()) {
            return sorted;
        }
        List<MemberCounts.ChildCount> ends = new ArrayList<>(sorted.subList(0, CHARTED_AT_EACH_END));
        ends.addAll(sorted.subList(sorted.size() - CHARTED_AT_EACH_END, sorted.size()));
        return ends;
    }

    /** Members per counted status, every counted status shown even at zero. */
    public List<StatusCount> getByStatus() {
        return COUNTED.stream().map(s -> new StatusCount(s, counts.byStatus().getOrDefault(s, 0L))).toList();
    }

    public record StatusCount(MembershipStatus status, long members) implements Serializable {
    }

    public List<OrganisationView> getCatalogue() {
        return organisations.all();
    }

    public MemberCounts getCounts() {
        return counts;
    }

    public String getUnitLabel() {
        return label(unitType, counts.name());
    }

    public List<Crumb> getTrail() {
        return trail;
    }

    /** The day as the links of the page carry it (yyyy-MM-dd). */
    public String getDayParameter() {
        return day == null ? null : day.toString();
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getEligible() {
        return eligible;
    }

    public void setEligible(Long eligible) {
        this.eligible = eligible;
    }
}
