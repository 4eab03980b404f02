package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import vn.doanthe.member.control.MembershipsOfPerson;
import vn.doanthe.member.control.PersonName;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.person.BirthDateCorrected;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.SubjectAccessReport;


/**
 * Requests about a person's personal data (Decree 13/2023/NĐ-CP): a reveal with a reason, the
 * subject-access report, the anonymisation at the end of retention. Each is an act recorded with
 * who, when, whom and why.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class PersonalDataRequests {

    /** The name an anonymised person is listed under, followed by their id (kept for the counts). */
    static final String ANONYMOUS = "Ẩn Danh";

    /** The longest reason the audit trail keeps ({@code audit_entry.reason}). */
    static final int REASON_LENGTH = 500;

    @Inject
    Scopes scopes;

    @Inject
    PersonLookup lookup;

    @Inject
    Event<SubjectAccessReport> subjectAccessReports;

    @Inject
    Event<PersonAnonymising> anonymising;

    @Inject
    Event<BirthDateCorrected> birthDateCorrected;

    /**
     * The person with their personal data unmasked, for a user who says why: each reveal is an
     * audit event naming who, when, whom and the reason.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF, Role.AUDITOR})
    public PersonView reveal(@NotNull Long id, String reason) {
        String why = requireReason(reason);
        Scope scope = scopes.current();
        Person person = lookup.inScope(id, scope);
        disclosed("REVEAL", person, "fields=nationalId,phone,ethnicityCode,religionCode", why);
        return lookup.views(List.of(person), scope).get(0);
    }


    /** Everything held about the person, for them; an administrator's act, recorded. */
    @Mutation(allowed = Role.ADMIN)
    public SubjectAccess subjectAccess(@NotNull Long id, String reason) {
        String why = requireReason(reason);
        Scope scope = scopes.current();
        Person subject = lookup.inScope(id, scope);
        PersonView person = lookup.views(List.of(subject), scope).get(0);
        // Every feature adds what it holds about the person; the audit trail, the history of it all.
        SubjectAccessReport report = new SubjectAccessReport(id);
        report.holds("Person", List.of(id));
        subjectAccessReports.fire(report);
        List<?> history = report.section(SubjectAccessReport.HISTORY);
        disclosed("SUBJECT_ACCESS", subject, "entries=" + history.size(), why);
        return new SubjectAccess(LocalDateTime.now(VietnamTime.ZONE), person,
                report.section(MembershipsOfPerson.TRANSFERS, TransferView.class), history,
                report.sectionsBut(Set.of(MembershipsOfPerson.TRANSFERS, SubjectAccessReport.HISTORY)));
    }


    /**
     * Erases who the person is when the retention period ends (ẩn danh hóa): name, CCCD, phone,
     * address, ethnicity, religion, education, occupation; the birth date becomes 1 January of its
     * year. Gender, hamlet and memberships stay, so every count comes out as before. The audit
     * entry records which fields were erased, not their values, and the values earlier entries
     * recorded become unreadable: the person's keys are destroyed.
     */
    @Mutation(allowed = Role.ADMIN)
    public PersonView anonymise(@NotNull Long id, String reason) {
        String why = requireReason(reason);
        Scope scope = scopes.current();
        Person person = lookup.inScope(id, scope);
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(why);
        context.withoutOldValues();
        // Every feature erases who the person is from its records; the audit trail destroys the
        // keys sealing what it recorded about them: those values can no longer be read by anyone,
        // while the trail's chain still verifies.
        anonymising.fire(new PersonAnonymising(id));
        person.rename(PersonName.of(ANONYMOUS + " " + id));
        person.identity(person.getGender(), person.getBirthDate().withDayOfYear(1), null);
        person.contact(null, person.getHamlet(), null);
        person.background(null, null, null, null);
        // Last: the copies' statement flushes the person's changes first, and they are one change.
        birthDateCorrected.fire(new BirthDateCorrected(id, person.getBirthDate()));
        return lookup.views(List.of(person), scope).get(0);
    }


    /** Refuses unmasked personal data to a user without the grant. */
    public void requirePersonalDataGrant(boolean personalData) {
        lookup.requirePersonalDataGrant(personalData);
    }


    /** Records, with the command, that the person's data was shown and why. */
    private static void disclosed(String action, Person person, String detail, String reason) {
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(reason);
        context.act(action, person, detail);
    }

    /** The reason given, tidied; refused when missing or not plain text. */
    private static String requireReason(String reason) {
        String why = TextCheck.text("reason", reason, REASON_LENGTH);
        if (why == null || why.isEmpty()) {
            throw new InvalidInput("reason", "member.error.personalDataReason");
        }
        return why;
    }
}
