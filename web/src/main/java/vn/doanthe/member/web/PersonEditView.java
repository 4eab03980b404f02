package vn.doanthe.member.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import vn.doanthe.member.boundary.CodeLists;
import vn.doanthe.member.boundary.MembershipView;
import vn.doanthe.member.boundary.Memberships;
import vn.doanthe.member.boundary.NewMembership;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.boundary.PersonalDataRequests;
import vn.doanthe.member.boundary.Persons;
import vn.doanthe.member.boundary.StatusChange;
import vn.doanthe.member.control.PersonalData;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.member.entity.MemberRole;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.web.UnitPicker;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.Texts;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.entity.AdminLevel;

/**
 * One person: their details (a new person when no id is given, with likely duplicates shown
 * before saving), their memberships, joining a branch and status changes.
 */
@Named
@ViewScoped
public class PersonEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Persons persons;

    @Inject
    PersonalDataRequests personalDataRequests;

    @Inject
    Memberships memberships;

    @Inject
    CodeLists codeLists;

    @Inject
    AdminUnits adminUnits;

    @Inject
    OrgUnits orgUnits;

    private Long id;
    private PersonView person;
    private List<PersonView> duplicates = List.of();
    private boolean duplicatesSeen;

    private PersonForm form = new PersonForm();

    private boolean revealed;
    private String revealReason;

    private final UnitPicker unit = new UnitPicker();
    private String memberNumber;
    private LocalDate joinedOn;
    private MemberRole role = MemberRole.MEMBER;

    private Long membershipId;
    private MembershipStatus status;
    private MembershipStatus currentStatus;
    private LocalDate day;
    private String awayPlace;
    private String awayContact;
    private String reason;

    /** f:viewAction: loads the person named by the id parameter, or prepares an empty form. */
    public void load() {
        if (id != null) {
            person = persons.find(id);
            fill(person);
        }
    }

    private void fill(PersonView p) {
        form = PersonForm.of(p);
    }

    public void save() throws IOException {
        NewPerson details = form.toNewPerson();
        if (person == null && !duplicatesSeen) {
            duplicates = persons.likelyDuplicates(details, null);
            duplicatesSeen = true;
            if (!duplicates.isEmpty()) {
                return;
            }
        }
        PersonView[] saved = new PersonView[1];
        if (Feedback.attempt("personForm", () -> saved[0] = person == null
                ? persons.register(details) : persons.correct(person.id(), details))) {
            Faces.getFlash().setKeepMessages(true);
            Feedback.info("member.saved", saved[0].fullName());
            Faces.redirect("member/person.xhtml?id=" + saved[0].id());
        }
    }

    /** Shows the person's masked personal data to a user who says why (recorded in the audit trail). */
    public void reveal() {
        if (Feedback.attempt("revealForm", () -> fill(personalDataRequests.reveal(person.id(), revealReason)))) {
            revealed = true;
            revealReason = null;
        }
    }

    public void enrol() {
        Long unitId = unit.id();
        if (Feedback.attempt("membershipForm", () -> {
            memberships.enrol(new NewMembership(person.id(), unitId, null, memberNumber, joinedOn, role));
            Feedback.info("member.enrolled");
        })) {
            person = persons.find(person.id());
            unit.clear();
            memberNumber = null;
            joinedOn = null;
        }
    }

    /** The dialog opens on the membership's current status and its details, the day today. */
    public void prepareStatus(MembershipView membership) {
        membershipId = membership.id();
        currentStatus = membership.status();
        status = membership.status();
        day = VietnamTime.today();
        awayPlace = membership.awayPlace();
        awayContact = membership.awayContact();
        reason = null;
    }

    /** Whether the status chosen is the current one: saving then corrects its details, no day is asked. */
    public boolean isCorrecting() {
        return status != null && status == currentStatus;
    }

    public void changeStatus() {
        LocalDate from = isCorrecting() ? null : day; // a correction keeps the day the status began
        if (Feedback.attempt("statusForm", () -> {
            memberships.changeStatus(membershipId, new StatusChange(status, from, awayPlace, awayContact, reason));
            Feedback.info("member.statusChanged");
        })) {
            person = persons.find(person.id());
        }
    }

    /** Branches and cells to join, in words (name — place, the code last): units of the person's commune. */
    public List<String> completeUnit(String query) {
        String place = form.hamletCode();
        return unit.complete(orgUnits, null, place == null ? null : adminUnits.find(place, null).parentCode(), query);
    }

    public List<String> completeHamlet(String query) {
        return form.offerHamlets(adminUnits.search(query, AdminLevel.HAMLET, null, null, new PageRequest(0, 15)).items());
    }

    public void dismissDuplicates() {
        duplicates = List.of();
    }

    public List<CodeLists.Code> getEthnicGroups() {
        return withHidden(codeLists.ethnicGroups(), form.getEthnicityCode());
    }

    public List<CodeLists.Code> getReligions() {
        return withHidden(codeLists.religions(), form.getReligionCode());
    }

    /** A masked code is offered as it is, so that saving without revealing keeps the stored one. */
    private static List<CodeLists.Code> withHidden(List<CodeLists.Code> codes, String value) {
        if (!PersonalData.HIDDEN_CODE.equals(value)) {
            return codes;
        }
        List<CodeLists.Code> offered = new ArrayList<>();
        offered.add(new CodeLists.Code(PersonalData.HIDDEN_CODE, Texts.get("member.personalData.hidden")));
        offered.addAll(codes);
        return offered;
    }

    public boolean isRevealed() {
        return revealed;
    }

    public String getRevealReason() {
        return revealReason;
    }

    public void setRevealReason(String revealReason) {
        this.revealReason = revealReason;
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public MemberRole[] getRoles() {
        return MemberRole.values();
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonView getPerson() {
        return person;
    }

    public List<PersonView> getDuplicates() {
        return duplicates;
    }

    public PersonForm getForm() {
        return form;
    }

    public UnitPicker getUnit() {
        return unit;
    }


    public String getMemberNumber() {
        return memberNumber;
    }

    public void setMemberNumber(String memberNumber) {
        this.memberNumber = memberNumber;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getAwayPlace() {
        return awayPlace;
    }

    public void setAwayPlace(String awayPlace) {
        this.awayPlace = awayPlace;
    }

    public String getAwayContact() {
        return awayContact;
    }

    public void setAwayContact(String awayContact) {
        this.awayContact = awayContact;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
