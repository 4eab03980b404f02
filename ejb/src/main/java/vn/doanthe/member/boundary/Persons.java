package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.boundary.AuditEntryView;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.member.control.PersonMerge;
import vn.doanthe.member.control.PersonName;
import vn.doanthe.member.control.PersonalData;
import vn.doanthe.member.control.PersonRules;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.Person;
import vn.doanthe.member.entity.Transfer;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.LikePattern;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.security.control.Scope;
import vn.doanthe.security.control.Callers;
import vn.doanthe.security.control.Scopes;
import vn.doanthe.security.entity.Role;
import vn.doanthe.territory.entity.AdminUnit;

/** Persons: register, correct, find; one CCCD is one person. */
@Stateless
public class Persons {

    /** The name an anonymised person is listed under, followed by their id (kept for the counts). */
    static final String ANONYMOUS = "Ẩn Danh";

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonRules rules;

    @Inject
    PersonMerge personMerge;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    /** The person, with CCCD, phone, ethnicity and religion masked (see {@link #reveal}). */
    public PersonView find(Long id) {
        Scope scope = scopes.current();
        return PersonalData.masked(views(List.of(entity(id, scope)), scope).get(0));
    }

    /**
     * The person with their personal data unmasked, for a user who says why: each reveal is an
     * audit event naming who, when, whom and the reason.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF, Role.AUDITOR})
    public PersonView reveal(@NotNull Long id, String reason) {
        requireReason(reason);
        Scope scope = scopes.current();
        Person person = entity(id, scope);
        disclosed("REVEAL", id, "fields=nationalId,phone,ethnicityCode,religionCode", reason);
        return views(List.of(person), scope).get(0);
    }

    /** Everything held about the person, for them; an administrator's act, recorded. */
    @Mutation(allowed = Role.ADMIN)
    public SubjectAccess subjectAccess(@NotNull Long id, String reason) {
        requireReason(reason);
        Scope scope = scopes.current();
        PersonView person = views(List.of(entity(id, scope)), scope).get(0);
        List<TransferView> transfers = em.createQuery(
                        "select t from Transfer t where t.membership.person.id = :person order by t.id", Transfer.class)
                .setParameter("person", id).getResultStream().map(TransferView::of).toList();
        List<String> membershipIds = person.memberships().stream().map(m -> m.id().toString()).toList();
        List<AuditEntryView> history = em.createQuery("select a from AuditEntry a where (a.entityType = 'Person'"
                        + " and a.entityId = :person) or (a.entityType = 'Membership' and a.entityId in :memberships)"
                        + " order by a.id", AuditEntry.class)
                .setParameter("person", id.toString())
                .setParameter("memberships", membershipIds.isEmpty() ? List.of("-") : membershipIds)
                .getResultStream().map(AuditEntries::view).toList();
        disclosed("SUBJECT_ACCESS", id, "entries=" + history.size(), reason);
        return new SubjectAccess(LocalDateTime.now(VietnamTime.ZONE), person, transfers, history);
    }

    /**
     * Erases who the person is when the retention period ends (ẩn danh hóa): name, CCCD, phone,
     * address, ethnicity, religion, education, occupation; the birth date becomes 1 January of its
     * year. Gender, hamlet and memberships stay, so every count comes out as before. The audit
     * entry records which fields were erased, not their values.
     */
    @Mutation(allowed = Role.ADMIN)
    public PersonView anonymise(@NotNull Long id, String reason) {
        requireReason(reason);
        Scope scope = scopes.current();
        Person person = entity(id, scope);
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(reason.trim());
        context.withoutOldValues();
        person.rename(PersonName.of(ANONYMOUS + " " + id));
        person.identity(person.getGender(), person.getBirthDate().withDayOfYear(1), null);
        person.contact(null, person.getHamlet(), null);
        person.background(null, null, null, null);
        return views(List.of(person), scope).get(0);
    }

    /**
     * Joins a second record of the same person into the one kept (gộp hồ sơ trùng): memberships,
     * their history and transfers move to it, its empty fields are filled, and the second record
     * is deleted (see {@link PersonMerge}). Both must be in the caller's scope; every change is
     * recorded with the reason.
     */
    @Mutation
    public PersonView merge(@NotNull Long keptId, Long mergedId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "member.error.mergeReason");
        }
        if (mergedId == null || mergedId.equals(keptId)) {
            throw new InvalidInput("mergedId", "member.error.mergeSamePerson");
        }
        Scope scope = scopes.current();
        Person kept = entity(keptId, scope);
        Person merged = entity(mergedId, scope, "mergedId");
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(reason.trim());
        personMerge.merge(kept, merged);
        context.act("MERGE", "Person", keptId, "merged=" + mergedId);
        return PersonalData.masked(views(List.of(kept), scope).get(0));
    }

    /** Records, with the command, that the person's data was shown and why. */
    private static void disclosed(String action, Long id, String detail, String reason) {
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(reason.trim());
        context.act(action, "Person", id, detail);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "member.error.personalDataReason");
        }
    }

    /**
     * Persons matching the query, sorted by given name, then family and middle name, as Vietnamese
     * lists are; personal data masked.
     */
    public Page<PersonView> search(PersonQuery query, PageRequest page) {
        Scope scope = scopes.current();
        Filter filter = filter(query, scope);
        TypedQuery<Long> count = filter.bind(em.createQuery("select count(p)" + filter.where(), Long.class));
        List<Person> persons = sorted(filter).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(masked(views(persons, scope)), count.getSingleResult());
    }

    /** Refuses a query that names a place that does not exist, before anything is read or sent. */
    public void check(PersonQuery query) {
        filter(query, Scope.everything());
    }

    /**
     * Every person matching the query, in the list's order, handed over one page at a time; only
     * that page is held in memory (an export of a whole province stays small). Personal data
     * stays masked unless {@code personalData} is asked for by a user granted it.
     */
    public void eachPage(PersonQuery query, boolean personalData, int pageSize, Consumer<List<PersonView>> consumer) {
        requirePersonalDataGrant(personalData);
        Scope scope = scopes.current();
        Filter filter = filter(query, scope);
        for (int first = 0; ; first += pageSize) {
            List<Person> persons = sorted(filter).setFirstResult(first).setMaxResults(pageSize).getResultList();
            if (persons.isEmpty()) {
                return;
            }
            List<PersonView> views = views(persons, scope);
            consumer.accept(personalData ? views : masked(views));
            em.clear(); // read only: forget the page before reading the next
            if (persons.size() < pageSize) {
                return;
            }
        }
    }

    private TypedQuery<Person> sorted(Filter filter) {
        return filter.bind(em.createQuery("select p" + filter.where()
                + " order by p.givenName, p.familyName, p.middleName, p.id", Person.class));
    }

    /** The where clause of a person query and its parameters. */
    private record Filter(String where, Map<String, Object> parameters) {

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private Filter filter(PersonQuery query, Scope scope) {
        Scope.Condition inScope = scope.person("p");
        Map<String, Object> parameters = new HashMap<>(inScope.parameters());
        StringBuilder where = new StringBuilder(" from Person p where ").append(inScope.jpql());
        String text = query.text() == null ? "" : query.text().trim();
        if (text.matches("\\d{12}")) {
            where.append(" and p.nationalId = :nationalId");
            parameters.put("nationalId", text);
        } else if (text.matches("(0|\\+84)[\\d .]{8,14}")) {
            where.append(" and p.phone = :phone");
            parameters.put("phone", text.replaceAll("[ .]", ""));
        } else {
            String[] words = VietnameseText.fold(text).split(" ");
            for (int i = 0; i < words.length; i++) {
                if (words[i].isEmpty()) {
                    continue;
                }
                // Whole words in any order; the last one may still be being typed.
                boolean last = i == words.length - 1;
                where.append(" and concat(' ', p.nameKey").append(last ? ")" : ", ' ')").append(" like :w").append(i);
                parameters.put("w" + i, "% " + LikePattern.escape(words[i]) + (last ? "%" : " %"));
            }
        }
        if (query.adminUnitCode() != null && !query.adminUnitCode().isBlank()) {
            AdminUnit place = rules.currentUnit(query.adminUnitCode().trim(), "unit");
            where.append(" and (p.hamlet.id = :place or p.hamlet.path like :below)");
            parameters.put("place", place.getId());
            parameters.put("below", place.subtreePath() + "%");
        }
        boolean byOrganisation = query.organisationCode() != null && !query.organisationCode().isBlank();
        if (byOrganisation || query.status() != null) {
            where.append(" and exists (select m from Membership m where m.person = p");
            if (byOrganisation) {
                where.append(" and m.organisation.code = :organisation");
                parameters.put("organisation", query.organisationCode().trim());
            }
            if (query.status() != null) {
                where.append(" and m.status = :status");
                parameters.put("status", query.status());
            }
            where.append(")");
        }
        return new Filter(where.toString(), parameters);
    }

    /** Persons already registered who are probably this one: same name and birth date, or same phone. */
    public List<PersonView> likelyDuplicates(@NotNull NewPerson details, Long self) {
        Scope scope = scopes.current();
        Scope.Condition inScope = scope.person("p");
        TypedQuery<Person> likelySame = em.createQuery("""
                select p from Person p where p.id <> :self and ((p.nameKey = :nameKey and p.birthDate = :birthDate)
                or (:phone is not null and p.phone = :phone))""" + " and " + inScope.jpql() + " order by p.id", Person.class);
        inScope.parameters().forEach(likelySame::setParameter);
        List<Person> found = likelySame.setParameter("self", self == null ? -1L : self)
                .setParameter("nameKey", PersonName.of(details.fullName()).searchKey())
                .setParameter("birthDate", details.birthDate())
                .setParameter("phone", blankToNull(details.phone()))
                .setMaxResults(10).getResultList();
        return masked(views(found, scope));
    }

    /** Refuses unmasked personal data to a user without the grant. */
    public void requirePersonalDataGrant(boolean personalData) {
        if (personalData && !callers.current().hasAnyRole(Role.PERSONAL_DATA)) {
            throw new AccessDenied("member.error.personalDataGrant");
        }
    }

    @Mutation
    public PersonView register(@NotNull @Valid NewPerson details) {
        PersonalData.refuseMasks(details);
        Person person = new Person(PersonName.of(details.fullName()), details.gender(), details.birthDate(),
                rules.hamlet(details.hamletCode()));
        apply(person, details);
        em.persist(person);
        em.flush(); // the view carries the id the database assigns
        return views(List.of(person), Scope.everything()).get(0);
    }

    @Mutation
    public PersonView correct(@NotNull Long id, @NotNull @Valid NewPerson details) {
        Scope scope = scopes.current();
        Person person = entity(id, scope);
        NewPerson unmasked = PersonalData.unmasked(details, person);
        PersonalData.refuseMasks(unmasked);
        person.rename(PersonName.of(unmasked.fullName()));
        apply(person, unmasked);
        return PersonalData.masked(views(List.of(person), scope).get(0));
    }

    private void apply(Person person, NewPerson details) {
        rules.check(details, person.getId());
        person.identity(details.gender(), details.birthDate(), blankToNull(details.nationalId()));
        person.contact(blankToNull(details.phone()), rules.hamlet(details.hamletCode()),
                VietnameseText.tidy(details.address()));
        person.background(blankToNull(details.ethnicityCode()), blankToNull(details.religionCode()),
                VietnameseText.tidy(details.education()), VietnameseText.tidy(details.occupation()));
    }

    private Person entity(Long id, Scope scope) {
        return entity(id, scope, "id");
    }

    /** The person in scope; one outside is refused as missing, naming {@code field}. */
    private Person entity(Long id, Scope scope, String field) {
        Person person = id == null ? null : em.find(Person.class, id);
        if (person == null) {
            throw new RecordNotFound(field, "member.error.personNotFound", id);
        }
        scope.require(scopes.coversPerson(scope, id), "Person", id,
                () -> new RecordNotFound(field, "member.error.personNotFound", id));
        return person;
    }

    /**
     * Views with their memberships in the scope (a Women's Union officer does not learn that her
     * member also belongs to the Youth Union), fetched for the whole list in one query.
     */
    private List<PersonView> views(List<Person> persons, Scope scope) {
        if (persons.isEmpty()) {
            return List.of();
        }
        Scope.Condition inScope = scope.unit("m.unit");
        TypedQuery<Membership> query = em.createQuery("select m from Membership m where m.person.id in :persons and "
                + inScope.jpql() + " order by m.organisation.sortOrder", Membership.class);
        inScope.parameters().forEach(query::setParameter);
        Map<Long, List<MembershipView>> memberships = query
                .setParameter("persons", persons.stream().map(Person::getId).toList()).getResultStream()
                .map(MembershipView::of).collect(Collectors.groupingBy(MembershipView::personId));
        return persons.stream().map(p -> PersonView.of(p, memberships.getOrDefault(p.getId(), List.of()))).toList();
    }

    private static List<PersonView> masked(List<PersonView> views) {
        return views.stream().map(PersonalData::masked).toList();
    }

    private static String blankToNull(String text) {
        return PersonRules.blankToNull(text);
    }
}
