package vn.doanthe.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The rules a person's details must meet beyond their format: a birth date in the past, a CCCD
 * consistent with gender and birth year and held by no one else, codes from the official lists, a
 * hamlet in force. The register form, the API and the import all check them here; a plain bean, so
 * that a refusal caught by an import does not roll back the import's transaction.
 */
@Dependent
public class PersonRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Validator validator;

    /**
     * Refuses details that break a rule, with every mistake at once: their format (Bean Validation),
     * masked values typed back, their text and the rules below, each field's first mistake beside
     * it. A CCCD already held by someone else is a conflict, asked once the rest is right.
     * {@code self} is the person being corrected, or {@code null}. Answers the hamlet.
     */
    public AdminUnit check(NewPerson details, Long self) {
        Refusals refusals = new Refusals();
        refusals.constraints(validator.validate(details));
        unless(refusals, "nationalId", () -> PersonalData.refuseMasks(details));
        checkText(details, refusals);
        String nationalId = checkIdentity(details, refusals);
        unless(refusals, "ethnicityCode", () -> checkCode("ethnic_group", details.ethnicityCode(), "ethnicityCode"));
        unless(refusals, "religionCode", () -> checkCode("religion", details.religionCode(), "religionCode"));
        AdminUnit hamlet = refusals.has("hamletCode") ? null : refusals.check(() -> hamlet(details.hamletCode()));
        refusals.throwIfAny();
        if (nationalId != null) {
            em.createNamedQuery("Person.byNationalId", Person.class).setParameter("id", nationalId)
                    .getResultStream().filter(other -> !other.getId().equals(self)).findFirst()
                    .ifPresent(other -> {
                        throw new Conflict("nationalId", "member.error.duplicateNationalId", nationalId);
                    });
        }
        return hamlet;
    }

    /**
     * The same rules for a person the import found no one registered with (it looked their CCCD up
     * with the other rows'), asking the database about each code and hamlet once per import.
     * Answers the id of the hamlet.
     */
    public Long checkNew(NewPerson details, RuleMemo memo) {
        Refusals refusals = new Refusals();
        checkText(details, refusals);
        checkIdentity(details, refusals);
        refusals.throwIfAny();
        rememberCode(memo, "ethnic_group", details.ethnicityCode(), "ethnicityCode");
        rememberCode(memo, "religion", details.religionCode(), "religionCode");
        return hamletId(details.hamletCode(), memo);
    }

    /** The id of the hamlet in force with this code, in the caller's territory, asked once per import. */
    public Long hamletId(String code, RuleMemo memo) {
        return memo.remember("hamlet:" + code.trim(), () -> hamlet(code).getId());
    }

    /**
     * Refuses text no one's details may hold ({@link TextCheck}): the full name is a name, the
     * rest free text, each within its column once tidied. Checked before a name is split or
     * folded, so that one blank once tidied is refused as missing, not taken apart.
     */
    public static void checkText(NewPerson details) {
        Refusals refusals = new Refusals();
        checkText(details, refusals);
        refusals.throwIfAny();
    }

    private static void checkText(NewPerson details, Refusals refusals) {
        unless(refusals, "fullName", () -> TextCheck.name("fullName", details.fullName(), 150));
        unless(refusals, "phone", () -> TextCheck.text("phone", details.phone(), 15));
        unless(refusals, "address", () -> TextCheck.text("address", details.address(), 300));
        unless(refusals, "education", () -> TextCheck.text("education", details.education(), 60));
        unless(refusals, "occupation", () -> TextCheck.text("occupation", details.occupation(), 100));
    }

    /** Asks a check of a field no other check refused yet (one mistake a field, the first found). */
    private static void unless(Refusals refusals, String field, Runnable check) {
        if (!refusals.has(field)) {
            refusals.check(() -> {
                check.run();
                return null;
            });
        }
    }

    /** Birth date and CCCD as written: answers the CCCD, or {@code null} when there is none or it was refused. */
    private static String checkIdentity(NewPerson details, Refusals refusals) {
        LocalDate born = details.birthDate();
        if (born != null && !refusals.has("birthDate")) {
            if (born.isAfter(VietnamTime.today())) {
                refusals.refuse("birthDate", "member.error.birthInFuture");
            } else if (born.getYear() < 1900) {
                refusals.refuse("birthDate", "member.error.birthTooEarly");
            }
        }
        String nationalId = blankToNull(details.nationalId());
        if (nationalId == null || refusals.has("nationalId")) {
            return null;
        }
        if (details.gender() != null && born != null && !refusals.has("birthDate")) {
            NationalId.check(nationalId, details.gender(), born).ifPresent(problem ->
                    refusals.refuse("nationalId", "member.error.nationalId." + problem.name()));
        }
        return refusals.has("nationalId") ? null : nationalId;
    }

    private void rememberCode(RuleMemo memo, String table, String code, String field) {
        if (code != null && !code.isBlank()) {
            memo.remember(table + ":" + code, () -> {
                checkCode(table, code, field);
                return Boolean.TRUE;
            });
        }
    }

    /** The hamlet in force with this code, in the caller's territory (else answered as unknown). */
    public AdminUnit hamlet(String code) {
        AdminUnit unit = currentUnit(code.trim(), "hamletCode");
        Scope scope = scopes.current();
        scope.require(scope.coversPlace(unit), "AdminUnit", code,
                () -> new InvalidInput("hamletCode", "territory.error.notFound", code));
        if (unit.getLevel() != AdminLevel.HAMLET) {
            throw new InvalidInput("hamletCode", "member.error.notAHamlet", code);
        }
        return unit;
    }

    /** The territorial unit in force today with this code; {@code field} names the input it came from. */
    public AdminUnit currentUnit(String code, String field) {
        return AdminUnit.byCodeOn(em, code, VietnamTime.today())
                .orElseThrow(() -> new InvalidInput(field, "territory.error.notFound", code));
    }

    private void checkCode(String table, String code, String field) {
        if (code == null || code.isBlank()) {
            return;
        }
        Number found = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE code = ?")
                .setParameter(1, code).getSingleResult();
        if (found.intValue() == 0) {
            throw new InvalidInput(field, "member.error.unknownCode", code);
        }
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
