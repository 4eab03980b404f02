package vn.doanthe.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.security.control.Scopes;

/**
 * Checks a spreadsheet row with the very rules the register form and the API apply (the person's
 * Bean Validation constraints, {@link PersonRules}, {@link MembershipRules}), and says what is wrong
 * by column. A row whose CCCD is already registered is that person: their details are left as the
 * registry has them, only a missing membership is added.
 */
@Dependent
public class MemberRowRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** What is wrong in one column of a row; the column is {@code null} for the row as a whole. */
    public record Problem(String column, String messageKey, List<Object> arguments) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    PersonRules persons;

    @Inject
    MembershipRules memberships;

    @Inject
    Scopes scopes;

    /** The problems of the row, none when it can be imported. */
    public List<Problem> check(MemberRow row) {
        List<Problem> problems = new ArrayList<>();
        Optional<MemberRow.Parsed> parsed = parse(row, problems);
        if (parsed.isEmpty()) {
            return problems;
        }
        NewPerson details = parsed.get().person();
        Optional<Person> registered = registered(details.nationalId());
        if (registered.isEmpty()) {
            attempt(problems, () -> persons.check(details, null));
        } else if (!scopes.coversPerson(scopes.current(), registered.get().getId())) {
            // Registered by a unit outside the importer's scope: the row cannot enrol them.
            problems.add(new Problem(MemberSheet.NATIONAL_ID, "member.import.error.personOutOfScope", List.of()));
        }
        if (parsed.get().orgUnitId() != null) {
            attempt(problems, () -> memberships.unit(parsed.get().orgUnitId(), null));
            attempt(problems, () -> memberships.joined(parsed.get().joinedOn(),
                    registered.map(Person::getBirthDate).orElse(details.birthDate())));
        }
        return problems;
    }

    /** The row's values, typed; {@code problems} receives what cannot be read or breaks a constraint. */
    public Optional<MemberRow.Parsed> parse(MemberRow row, List<Problem> problems) {
        int before = problems.size();
        row.formulas().stream().sorted().filter(column -> column < MemberSheet.IMPORT_COLUMNS.size())
                .forEach(column -> problems.add(new Problem(MemberSheet.IMPORT_COLUMNS.get(column),
                        "member.import.error.formula", List.of())));
        String genderText = row.cell(MemberSheet.GENDER);
        var gender = MemberSheet.gender(genderText);
        if (gender == null && !genderText.isEmpty()) {
            problems.add(new Problem(MemberSheet.GENDER, "member.import.error.gender", List.of(genderText)));
        }
        LocalDate birthDate = day(row, MemberSheet.BIRTH_DATE, problems);
        String nationalId = row.cell(MemberSheet.NATIONAL_ID);
        if (nationalId.matches("\\d{11}")) {
            nationalId = "0" + nationalId; // typed into a number cell, Excel drops the leading zero
        }
        NewPerson details = new NewPerson(row.cell(MemberSheet.FULL_NAME), gender, birthDate, nationalId,
                blankToNull(row.cell(MemberSheet.PHONE)), blankToNull(row.cell(MemberSheet.ETHNICITY)), blankToNull(row.cell(MemberSheet.RELIGION)),
                blankToNull(row.cell(MemberSheet.EDUCATION)), blankToNull(row.cell(MemberSheet.OCCUPATION)), row.cell(MemberSheet.HAMLET),
                blankToNull(row.cell(MemberSheet.ADDRESS)));
        for (ConstraintViolation<NewPerson> violation : validator.validate(details)) {
            String field = violation.getPropertyPath().toString();
            if (problems.stream().anyMatch(p -> Objects.equals(p.column(), MemberSheet.column(field)))) {
                continue; // already said: the value could not be read
            }
            String template = violation.getMessageTemplate();
            String key = template.substring(1, template.length() - 1);
            problems.add("validation.size".equals(key)
                    ? new Problem(MemberSheet.column(field), "member.import.error.tooLong",
                            List.of(violation.getConstraintDescriptor().getAttributes().get("max")))
                    : new Problem(MemberSheet.column(field), key, List.of()));
        }
        if (row.cell(MemberSheet.NATIONAL_ID).isEmpty()) {
            problems.add(new Problem(MemberSheet.NATIONAL_ID, "member.import.error.nationalIdRequired", List.of()));
        }
        Long unit = null;
        LocalDate joined = null;
        if (row.hasMembership()) {
            String unitText = row.cell(MemberSheet.UNIT);
            if (unitText.matches("\\d{1,18}")) {
                unit = Long.valueOf(unitText);
            } else {
                problems.add(new Problem(MemberSheet.UNIT, "member.import.error.unitId", List.of(unitText)));
            }
            joined = day(row, MemberSheet.JOINED_ON, problems);
            if (joined == null && row.cell(MemberSheet.JOINED_ON).isEmpty()) {
                problems.add(new Problem(MemberSheet.JOINED_ON, "validation.required", List.of()));
            }
            if (row.cell(MemberSheet.MEMBER_NUMBER).length() > 30) {
                problems.add(new Problem(MemberSheet.MEMBER_NUMBER, "member.import.error.tooLong", List.of(30)));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MemberRow.Parsed(details, unit, joined, blankToNull(row.cell(MemberSheet.MEMBER_NUMBER))));
    }

    /** The person already registered with this CCCD. */
    public Optional<Person> registered(String nationalId) {
        return em.createNamedQuery("Person.byNationalId", Person.class).setParameter("id", nationalId)
                .getResultStream().findFirst();
    }

    private static LocalDate day(MemberRow row, String column, List<Problem> problems) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(column, "member.import.error.date", List.of(text)));
            return null;
        }
    }

    private static void attempt(List<Problem> problems, Runnable rule) {
        try {
            rule.run();
        } catch (DomainException e) {
            problems.add(new Problem(MemberSheet.column(e.field()), e.messageKey(), List.of(e.arguments())));
        }
    }

    private static String blankToNull(String text) {
        return PersonRules.blankToNull(text);
    }
}
