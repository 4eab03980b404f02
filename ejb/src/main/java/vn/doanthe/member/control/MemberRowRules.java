package vn.doanthe.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.control.Where;
import vn.doanthe.member.boundary.PersonScope;

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

    /**
     * A row checked: its problems (none when it can be imported), and when it can, its values, the
     * person already registered with its CCCD ({@code null}: a new person), the hamlet of a new
     * person and the organisation of the unit joined.
     */
    public record Checked(MemberRow row, List<Problem> problems, MemberRow.Parsed parsed, Long registeredId,
                          Long hamletId, Long organisationId) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** A person registered with a CCCD the rows name: their id and birth date. */
    private record Registered(Long id, LocalDate birthDate) {
    }

    /**
     * Checks rows together: the CCCDs they name are looked up in one query and the persons among
     * them checked against the scope in another; hamlets, units and codes are asked once per
     * {@code memo}. Each row gets exactly the problems it would get alone.
     */
    public List<Checked> check(List<MemberRow> rows, RuleMemo memo) {
        List<List<Problem>> problems = new ArrayList<>();
        List<MemberRow.Parsed> parsed = new ArrayList<>();
        for (MemberRow row : rows) {
            List<Problem> found = new ArrayList<>();
            problems.add(found);
            parsed.add(parse(row, found).orElse(null));
        }
        Map<String, Registered> registered = registered(parsed.stream().filter(Objects::nonNull)
                .map(p -> p.person().nationalId()).collect(Collectors.toSet()));
        Set<Long> covered = inScope(registered.values().stream().map(Registered::id).toList());
        List<Checked> checked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MemberRow.Parsed values = parsed.get(i);
            List<Problem> found = problems.get(i);
            if (values == null) {
                checked.add(new Checked(rows.get(i), found, null, null, null, null));
                continue;
            }
            NewPerson details = values.person();
            Registered person = registered.get(details.nationalId());
            Long[] hamlet = new Long[1];
            if (person == null) {
                attempt(found, () -> hamlet[0] = persons.checkNew(details, memo));
            } else if (!covered.contains(person.id())) {
                // Registered by a unit outside the importer's scope: the row cannot enrol them.
                found.add(new Problem(MemberSheet.NATIONAL_ID, "member.import.error.personOutOfScope", List.of()));
            }
            Long[] organisation = new Long[1];
            if (values.orgUnitId() != null) {
                attempt(found, () -> organisation[0] = memberships.organisationOf(values.orgUnitId(), memo));
                attempt(found, () -> memberships.joined(values.joinedOn(),
                        person == null ? details.birthDate() : person.birthDate()));
            }
            checked.add(new Checked(rows.get(i), found, found.isEmpty() ? values : null,
                    person == null ? null : person.id(), hamlet[0], organisation[0]));
        }
        return checked;
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
            attempt(problems, () -> TextCheck.text("memberNumber", row.cell(MemberSheet.MEMBER_NUMBER), 30));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MemberRow.Parsed(details, unit, joined, blankToNull(row.cell(MemberSheet.MEMBER_NUMBER))));
    }

    /** The persons registered with these CCCDs, by CCCD: one query. */
    private Map<String, Registered> registered(Set<String> nationalIds) {
        Map<String, Registered> found = new HashMap<>();
        if (!nationalIds.isEmpty()) {
            em.createQuery("select p.id, p.nationalId, p.birthDate from Person p where p.nationalId in :ids",
                            Object[].class).setParameter("ids", nationalIds).getResultStream()
                    .forEach(p -> found.put((String) p[1], new Registered((Long) p[0], (LocalDate) p[2])));
        }
        return found;
    }

    /** Those of these persons the caller's scope covers: one query. */
    private Set<Long> inScope(List<Long> personIds) {
        Scope scope = scopes.current();
        if (personIds.isEmpty() || scope.isEverything()) {
            return new HashSet<>(personIds);
        }
        Where inScope = PersonScope.person(scope, "p");
        TypedQuery<Long> query = em.createQuery("select p.id from Person p where p.id in :ids and " + inScope.jpql(),
                Long.class);
        inScope.parameters().forEach(query::setParameter);
        return new HashSet<>(query.setParameter("ids", personIds).getResultList());
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
