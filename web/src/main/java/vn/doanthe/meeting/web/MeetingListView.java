package vn.doanthe.meeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.doanthe.meeting.boundary.MeetingCalendar;
import vn.doanthe.meeting.boundary.MeetingCalendars;
import vn.doanthe.meeting.boundary.MeetingView;
import vn.doanthe.meeting.boundary.Meetings;
import vn.doanthe.meeting.boundary.NewMeeting;
import vn.doanthe.meeting.entity.MeetingType;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.web.UnitPicker;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.ListMemory;
import vn.doanthe.platform.web.Texts;

/**
 * The branch meetings page (sinh hoạt chi hội): a branch's meetings of a year with their
 * attendance, and the form that records one held; the roll call is taken on the meeting's page.
 */
@Named
@ViewScoped
public class MeetingListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "meetings";

    @Inject
    ListMemory memory;

    @Inject
    Meetings meetings;

    @Inject
    OrgUnits orgUnits;

    @Inject
    MeetingCalendars calendars;

    private UnitPicker branch = new UnitPicker();
    private Integer year = VietnamTime.today().getYear();
    private Long shownUnit;
    private List<MeetingView> list;
    private MeetingCalendar calendar;

    private MeetingType type;
    private LocalDate plannedOn;
    private LocalDate heldOn;
    private String place;
    private String chair;
    private String secretary;
    private String guests;
    private String agenda;

    /** The branch and year last shown, found again when the user comes back from a meeting. */
    record Search(UnitPicker branch, Integer year) implements Serializable {
    }

    @PostConstruct
    void init() {
        memory.<Search>recall(LIST).ifPresent(kept -> {
            branch = kept.search().branch();
            year = kept.search().year();
            show();
        });
    }

    public void show() {
        Long unit = branch.id();
        Integer asked = year;
        if (Feedback.attempt("filterForm", () -> list = meetings.ofUnit(unit, asked))) {
            shownUnit = unit;
            calendar = scheduleOf(unit, asked);
            memory.search(LIST, new Search(branch, asked), 0);
        }
    }

    /** The branch's calendar; none for a unit whose type keeps no schedule (a committee, say). */
    private MeetingCalendar scheduleOf(Long unit, Integer asked) {
        try {
            return calendars.of(unit, asked);
        } catch (InvalidInput noSchedule) {
            return null;
        }
    }

    /** A period of the calendar in words: a month, a quarter, or its months. */
    public String periodName(MeetingCalendar.Period period) {
        if (period.firstMonth() == period.lastMonth()) {
            return Texts.get("meeting.period.month", period.firstMonth());
        }
        if (period.lastMonth() - period.firstMonth() == 2) {
            return Texts.get("meeting.period.quarter", (period.firstMonth() + 2) / 3);
        }
        return Texts.get("meeting.period.months", period.firstMonth(), period.lastMonth());
    }

    public MeetingCalendar getCalendar() {
        return calendar;
    }

    public void prepareNew() {
        type = MeetingType.REGULAR;
        plannedOn = null;
        heldOn = VietnamTime.today();
        place = null;
        chair = null;
        secretary = null;
        guests = null;
        agenda = null;
    }

    /** Records the meeting, then opens its page for the roll call. */
    public void save() {
        List<String> items = agenda == null ? List.of() : agenda.lines().toList();
        MeetingView[] recorded = new MeetingView[1];
        if (Feedback.attempt("meetingForm", () -> recorded[0] = meetings.record(new NewMeeting(shownUnit, type, plannedOn,
                heldOn, place, chair, secretary, guests, items)))) {
            Faces.redirect("meeting/meeting.xhtml?id=" + recorded[0].id());
        }
    }

    public List<String> completeBranch(String text) {
        return branch.complete(orgUnits, text);
    }

    public MeetingType[] getTypes() {
        return MeetingType.values();
    }

    public UnitPicker getBranch() {
        return branch;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getShownUnit() {
        return shownUnit;
    }

    public List<MeetingView> getList() {
        return list;
    }

    public MeetingType getType() {
        return type;
    }

    public void setType(MeetingType type) {
        this.type = type;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public String getGuests() {
        return guests;
    }

    public void setGuests(String guests) {
        this.guests = guests;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
