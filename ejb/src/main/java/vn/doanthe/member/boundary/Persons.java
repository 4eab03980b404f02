package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.doanthe.member.control.PersonMerge;
import vn.doanthe.member.control.PersonName;
import vn.doanthe.member.control.PersonalData;
import vn.doanthe.member.control.PersonRules;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Seek;
import vn.doanthe.platform.boundary.Slice;
import vn.doanthe.platform.control.LikePattern;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.access.Role;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.member.control.PersonScope;
import vn.doanthe.platform.person.SubjectAccessReport;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.member.control.MembershipsOfPerson;
import jakarta.enterprise.event.Event;

/** Persons: register, correct, find; one CCCD is one person. */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Persons {

    /** The name an anonymised person is listed under, followed by their id (kept for the counts). */
    static final String ANONYMOUS = "Ẩn Danh";

    /** The most words of a name a search looks for. */
    static final int MAX_WORDS = 8;

    /** The oldest age a list may be filtered by. */
    static final int MAX_AGE = 150;

    /** The longest reason the audit trail keeps ({@code audit_entry.reason}). */
    static final int REASON_LENGTH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonRules rules;

    @Inject
    PersonMerge personMerge;

    @Inject
    Scopes scopes;

    @Inject
    PersonScope personScope;

    @Inject
    Callers callers;

    @Inject
    Event<SubjectAccessReport> subjectAccessReports;

    @Inject
    Event<PersonAnonymising> anonymising;

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
        String why = requireReason(reason);
        Scope scope = scopes.current();
        Person person = entity(id, scope);
        disclosed("REVEAL", person, "fields=nationalId,phone,ethnicityCode,religionCode", why);
        return views(List.of(person), scope).get(0);
    }

    /** Everything held about the person, for them; an administrator's act, recorded. */
    @Mutation(allowed = Role.ADMIN)
    public SubjectAccess subjectAccess(@NotNull Long id, String reason) {
        String why = requireReason(reason);
        Scope scope = scopes.current();
        Person subject = entity(id, scope);
        PersonView person = views(List.of(subject), scope).get(0);
        // Every feature adds what it holds about the person; the audit trail, the history of it all.
        SubjectAccessReport report = new SubjectAccessReport(id);
        report.holds("Person", List.of(id));
        subjectAccessReports.fire(report);
        List<?> history = report.section(SubjectAccessReport.HISTORY);
        disclosed("SUBJECT_ACCESS", subject, "entries=" + history.size(), why);
        return new SubjectAccess(LocalDateTime.now(VietnamTime.ZONE), person,
                report.section(MembershipsOfPerson.TRANSFERS, TransferView.class), history);
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
        Person person = entity(id, scope);
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
        return views(List.of(person), scope).get(0);
    }

    /**
     * Joins a second record of the same person into the one kept (gộp hồ sơ trùng): memberships,
     * their history and transfers move to it, its empty fields are filled, and the second record
     * is deleted (see {@link PersonMerge}). Both must be in the caller's scope; every change is
     * recorded with the reason.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public PersonView merge(@NotNull Long keptId, Long mergedId, String reason) {
        String why = TextCheck.text("reason", reason, REASON_LENGTH);
        if (why == null || why.isEmpty()) {
            throw new InvalidInput("reason", "member.error.mergeReason");
        }
        if (mergedId == null || mergedId.equals(keptId)) {
            throw new InvalidInput("mergedId", "member.error.mergeSamePerson");
        }
        // Both records locked in id order first: two merges of one pair, in opposite directions at
        // the same moment, then follow each other instead of deadlocking; the second finds its
        // record gone (404) or joined already.
        em.createQuery("select p from Person p where p.id in :ids order by p.id", Person.class)
                .setParameter("ids", List.of(keptId, mergedId)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Scope scope = scopes.current();
        Person kept = entity(keptId, scope);
        Person merged = entity(mergedId, scope, "mergedId");
        requireAllMembershipsInScope(List.of(keptId, mergedId), scope);
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(why);
        personMerge.merge(kept, merged);
        context.act("MERGE", kept, "merged=" + mergedId);
        return PersonalData.masked(views(List.of(kept), scope).get(0));
    }

    /**
     * A merge moves or joins every membership of both records, so each must be the caller's to
     * change: a Women's Union officer cannot merge two records one of which also belongs to the
     * Youth Union, nor two whose memberships lie in another commune; someone whose scope covers
     * them can.
     */
    private void requireAllMembershipsInScope(List<Long> personIds, Scope scope) {
        boolean allInScope = em.createQuery("select m.unit from Membership m where m.person.id in :persons", OrgUnit.class)
                .setParameter("persons", personIds).getResultStream().allMatch(scope::covers);
        if (!allInScope) {
            throw new AccessDenied("member.error.mergeOutsideScope");
        }
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

    /**
     * Persons matching the query, sorted by given name, then family and middle name, as Vietnamese
     * lists are; personal data masked. A page by its number (an offset), with the total counted:
     * kept for clients of the first API; lists read {@link #search(PersonQuery, Seek)}.
     */
    public Page<PersonView> search(PersonQuery query, PageRequest page) {
        Scope scope = scopes.current();
        Filter filter = filter(query, scope);
        long total = count(filter);
        return new Page<>(masked(withMemberships(slice(filter, Seek.at(page.offset(), page.size())), scope)), total);
    }

    /**
     * The slice of the list of persons matching the query that the seek names, in the list's
     * order (given, family, middle name, id; index {@code ix_person_sort}), personal data masked.
     * Read after or before a row, a slice costs the same at any depth; nothing is counted.
     */
    public Slice<PersonView> search(PersonQuery query, Seek seek) {
        Scope scope = scopes.current();
        return slice(filter(query, scope), seek, scope);
    }

    /**
     * The slice the seek names and the number of persons matching the query, the query's places
     * resolved once for both: what a new search shows first.
     */
    public CountedSlice<PersonView> searchCounting(PersonQuery query, Seek seek) {
        Scope scope = scopes.current();
        Filter filter = filter(query, scope);
        return new CountedSlice<>(slice(filter, seek, scope), count(filter));
    }

    private Slice<PersonView> slice(Filter filter, Seek seek, Scope scope) {
        List<PersonView> rows = slice(filter, seek);
        boolean more = seek.lookAhead() && rows.size() > seek.size();
        List<PersonView> shown = more ? rows.subList(0, seek.size()) : rows;
        String first = shown.isEmpty() ? null : PersonCursor.of(shown.get(0)).text();
        String last = shown.isEmpty() ? null : PersonCursor.of(shown.get(shown.size() - 1)).text();
        return new Slice<>(masked(withMemberships(shown, scope)), first, last, more ? last : null);
    }

    /** How many persons match the query; lists count once per filter, not per page. */
    public long count(PersonQuery query) {
        return count(filter(query, scopes.current()));
    }

    private long count(Filter filter) {
        return filter.bind(em.createQuery(filter.count(), Long.class)).getSingleResult();
    }

    /** Refuses a query that names a place that does not exist, before anything is read or sent. */
    public void check(PersonQuery query) {
        filter(query, Scope.everything());
    }

    /**
     * Every person matching the query, in the list's order, handed over one page at a time; only
     * that page is held in memory (an export of a whole province stays small), and each page is
     * read after the last row of the one before (keyset), so the last page costs what the first
     * does. Personal data stays masked unless {@code personalData} is asked for by a user granted it.
     */
    public void eachPage(PersonQuery query, boolean personalData, int pageSize, Consumer<List<PersonView>> consumer) {
        requirePersonalDataGrant(personalData);
        Scope scope = scopes.current();
        Filter filter = filter(query, scope);
        for (Seek seek = Seek.first(pageSize); ; ) {
            List<PersonView> persons = slice(filter, seek);
            if (persons.isEmpty()) {
                return;
            }
            seek = Seek.after(PersonCursor.of(persons.get(persons.size() - 1)).text(), pageSize);
            List<PersonView> views = withMemberships(persons, scope);
            consumer.accept(personalData ? views : masked(views));
            if (persons.size() < pageSize) {
                return;
            }
        }
    }

    /**
     * The persons of the seek's slice in the list's order (one more after them when it looks
     * ahead), read as rows, not entities. After or before a row, the keyset condition lets the
     * database walk {@code ix_person_sort} from that row; backwards it reads in descending order and
     * turns round.
     */
    private List<PersonView> slice(Filter filter, Seek seek) {
        if (seek.cursor() != null) {
            PersonCursor row = PersonCursor.parse(seek.cursor());
            String op = seek.mode() == Seek.Mode.AFTER ? ">" : "<";
            filter = filter.and("(p.givenName " + op + " :kGiven"
                    + " or (p.givenName = :kGiven and p.familyName " + op + " :kFamily)"
                    + " or (p.givenName = :kGiven and p.familyName = :kFamily and p.middleName " + op + " :kMiddle)"
                    + " or (p.givenName = :kGiven and p.familyName = :kFamily and p.middleName = :kMiddle"
                    + " and p.id " + op + " :kId))",
                    Map.of("kGiven", row.given(), "kFamily", row.family(), "kMiddle", row.middle(), "kId", row.id()));
        }
        String order = seek.backwards() ? " desc" : "";
        List<PersonView> rows = new ArrayList<>(filter.bind(em.createQuery(filter.rows(PersonView.LIST_COLUMNS)
                        + " order by p.givenName" + order + ", p.familyName" + order + ", p.middleName" + order
                        + ", p.id" + order, Object[].class))
                .setFirstResult(seek.offset()).setMaxResults(seek.size() + (seek.lookAhead() ? 1 : 0))
                .getResultStream().map(PersonView::of).toList());
        if (seek.backwards()) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * A person query: its joins and where clause, its parameters, and whether a person may come
     * out of the joins more than once (a typed prefix matching two words of one name).
     */
    private record Filter(String from, String where, Map<String, Object> parameters, boolean distinct) {

        /** {@code select [distinct ]<columns> from … where …}. */
        String rows(String columns) {
            return "select " + (distinct ? "distinct " : "") + columns + from + " where " + where;
        }

        /** {@code select count([distinct ]p) from … where …}. */
        String count() {
            return "select count(" + (distinct ? "distinct " : "") + "p)" + from + " where " + where;
        }

        /** The same query narrowed by one more condition. */
        Filter and(String condition, Map<String, Object> more) {
            Map<String, Object> all = new HashMap<>(parameters);
            all.putAll(more);
            return new Filter(from, where + " and " + condition, all, distinct);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private Filter filter(PersonQuery query, Scope scope) {
        Scope.Condition inScope = PersonScope.person(scope, "p");
        Map<String, Object> parameters = new HashMap<>(inScope.parameters());
        StringBuilder from = new StringBuilder(" from Person p");
        StringBuilder where = new StringBuilder(inScope.jpql());
        Place place = query.adminUnitCode() == null || query.adminUnitCode().isBlank() ? null
                : place(query.adminUnitCode().trim());
        if (place != null) {
            where.append(" and (p.hamlet.id = :place or p.hamlet.path like :below)");
            parameters.put("place", place.id());
            parameters.put("below", place.below() + "%");
        }
        String text = query.text() == null ? "" : query.text().trim();
        boolean distinct = false;
        if (text.matches("\\d{12}")) {
            where.append(" and p.nationalId = :nationalId");
            parameters.put("nationalId", text);
        } else if (text.matches("(0|\\+84)[\\d .]{8,14}")) {
            where.append(" and p.phone = :phone");
            parameters.put("phone", text.replaceAll("[ .]", ""));
        } else if (!text.isEmpty()) {
            // One row of the name's word index per typed word, in any order; the last word may
            // still be being typed (a prefix). Narrowed to the place's hamlets, so that the
            // database starts from the rarest word there.
            String[] words = typedWords(text);
            if (place != null) {
                parameters.put("hamlets", hamletsOf(place));
            }
            for (int i = 0; i < words.length; i++) {
                boolean last = i == words.length - 1;
                from.append(" join p.words w").append(i);
                where.append(" and w").append(i).append(".word ").append(last ? "like" : "=").append(" :w").append(i);
                parameters.put("w" + i, last ? LikePattern.escape(words[i]) + "%" : words[i]);
                if (place != null) {
                    where.append(" and w").append(i).append(".hamletId in :hamlets");
                }
            }
            distinct = true;
        }
        if (query.gender() != null) {
            where.append(" and p.gender = :gender");
            parameters.put("gender", query.gender());
        }
        ages(query, where, parameters);
        membership(query, where, parameters);
        return new Filter(from.toString(), where.toString(), parameters, distinct);
    }

    /**
     * The folded words typed, each once, the last one last (it may be a prefix); at most
     * {@value #MAX_WORDS}, the last typed among them, since each is one more join.
     */
    private static String[] typedWords(String text) {
        String folded = VietnameseText.fold(text);
        List<String> words = new ArrayList<>(new LinkedHashSet<>(List.of(folded.split(" "))));
        String last = folded.replaceAll(".* ", "");
        words.remove(last);
        words.add(last);
        return words.subList(Math.max(0, words.size() - MAX_WORDS), words.size()).toArray(String[]::new);
    }

    /**
     * Age in completed years today between the bounds, both included: born on or before the day
     * {@code ageFrom} years ago, and after the day {@code ageTo + 1} years ago.
     */
    private static void ages(PersonQuery query, StringBuilder where, Map<String, Object> parameters) {
        Integer from = query.ageFrom();
        Integer to = query.ageTo();
        if (from != null && (from < 0 || from > MAX_AGE)) {
            throw new InvalidInput("ageFrom", "member.error.age", MAX_AGE);
        }
        if (to != null && (to < 0 || to > MAX_AGE)) {
            throw new InvalidInput("ageTo", "member.error.age", MAX_AGE);
        }
        if (from != null && to != null && from > to) {
            throw new InvalidInput("ageTo", "member.error.ageRange");
        }
        LocalDate today = VietnamTime.today();
        if (from != null) {
            where.append(" and p.birthDate <= :bornBy");
            parameters.put("bornBy", today.minusYears(from));
        }
        if (to != null) {
            where.append(" and p.birthDate > :bornAfter");
            parameters.put("bornAfter", today.minusYears(to + 1L));
        }
    }

    /** The membership conditions of the query, all on one membership of the person. */
    private void membership(PersonQuery query, StringBuilder where, Map<String, Object> parameters) {
        if (query.joinedFrom() != null && query.joinedTo() != null && query.joinedFrom().isAfter(query.joinedTo())) {
            throw new InvalidInput("joinedTo", "member.error.joinedRange");
        }
        StringBuilder held = new StringBuilder();
        if (query.organisationCode() != null && !query.organisationCode().isBlank()) {
            held.append(" and m.organisation.code = :organisation");
            parameters.put("organisation", query.organisationCode().trim());
        }
        if (query.orgUnitId() != null) {
            String path = em.createQuery("select u.path from OrgUnit u where u.id = :id", String.class)
                    .setParameter("id", query.orgUnitId()).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInput("orgUnit", "organisation.error.unitNotFound"));
            held.append(" and (m.unit.id = :orgUnit or m.unit.path like :orgUnitBelow)");
            parameters.put("orgUnit", query.orgUnitId());
            parameters.put("orgUnitBelow", OrgUnit.subtreePath(path, query.orgUnitId()) + "%");
        }
        if (query.status() != null) {
            held.append(" and m.status = :status");
            parameters.put("status", query.status());
        }
        if (query.joinedFrom() != null) {
            held.append(" and m.joinedOn >= :joinedFrom");
            parameters.put("joinedFrom", query.joinedFrom());
        }
        if (query.joinedTo() != null) {
            held.append(" and m.joinedOn <= :joinedTo");
            parameters.put("joinedTo", query.joinedTo());
        }
        if (!held.isEmpty()) {
            where.append(" and exists (select m from Membership m where m.person = p").append(held).append(")");
        }
    }

    /** A territorial unit a list is filtered by: its id, and the path of the units below it. */
    private record Place(Long id, String below) {
    }

    /** The territorial unit in force today with this code, read as numbers (a unit entity brings its parents). */
    private Place place(String code) {
        Object[] place = em.createNamedQuery("AdminUnit.placeByCodeOn", Object[].class).setParameter("code", code)
                .setParameter("day", VietnamTime.today()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInput("unit", "territory.error.notFound", code));
        Long id = (Long) place[0];
        return new Place(id, AdminUnit.subtreePath((String) place[1], id));
    }

    /** The ids of the hamlets at or below the place, closed ones included (persons may still live there). */
    private List<Long> hamletsOf(Place place) {
        List<Long> hamlets = em.createQuery("select u.id from AdminUnit u where u.level = :hamlet"
                        + " and (u.id = :place or u.path like :below)", Long.class)
                .setParameter("hamlet", AdminLevel.HAMLET).setParameter("place", place.id())
                .setParameter("below", place.below() + "%").getResultList();
        return hamlets.isEmpty() ? List.of(-1L) : hamlets;
    }

    /** Persons already registered who are probably this one: same name and birth date, or same phone. */
    public List<PersonView> likelyDuplicates(@NotNull NewPerson details, Long self) {
        Scope scope = scopes.current();
        Scope.Condition inScope = PersonScope.person(scope, "p");
        TypedQuery<Person> likelySame = em.createQuery("""
                select p from Person p where p.id <> :self and ((p.nameKey = :nameKey and p.birthDate = :birthDate)
                or (:phone is not null and p.phone = :phone))""" + " and " + inScope.jpql() + " order by p.id", Person.class);
        inScope.parameters().forEach(likelySame::setParameter);
        // The key PersonName gives, folded without it: a name that cannot be registered finds no one
        // here, and is refused when it is registered.
        List<Person> found = likelySame.setParameter("self", self == null ? -1L : self)
                .setParameter("nameKey", VietnameseText.fold(details.fullName(), Person.NAME_KEY_LENGTH))
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

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public PersonView register(@NotNull @Valid NewPerson details) {
        PersonRules.checkText(details);
        PersonalData.refuseMasks(details);
        Person person = new Person(PersonName.of(details.fullName()), details.gender(), details.birthDate(),
                rules.hamlet(details.hamletCode()));
        apply(person, details);
        em.persist(person);
        em.flush(); // the view carries the id the database assigns
        return views(List.of(person), Scope.everything()).get(0);
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public PersonView correct(@NotNull Long id, @NotNull @Valid NewPerson details) {
        Scope scope = scopes.current();
        Person person = entity(id, scope);
        NewPerson unmasked = PersonalData.unmasked(details, person);
        PersonRules.checkText(unmasked);
        PersonalData.refuseMasks(unmasked);
        person.rename(PersonName.of(unmasked.fullName()));
        apply(person, unmasked);
        return PersonalData.masked(views(List.of(person), scope).get(0));
    }

    private void apply(Person person, NewPerson details) {
        rules.check(details, person.getId());
        fill(person, details, rules.hamlet(details.hamletCode()));
    }

    /** A new person from details already checked (by an import, with its other rows), not yet persisted. */
    static Person newPerson(NewPerson details, AdminUnit hamlet) {
        Person person = new Person(PersonName.of(details.fullName()), details.gender(), details.birthDate(), hamlet);
        fill(person, details, hamlet);
        return person;
    }

    private static void fill(Person person, NewPerson details, AdminUnit hamlet) {
        person.identity(details.gender(), details.birthDate(), blankToNull(details.nationalId()));
        person.contact(blankToNull(details.phone()), hamlet, VietnameseText.tidy(details.address()));
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
        scope.require(personScope.covers(scope, id), "Person", id,
                () -> new RecordNotFound(field, "member.error.personNotFound", id));
        return person;
    }

    private List<PersonView> views(List<Person> persons, Scope scope) {
        return withMemberships(persons.stream().map(p -> PersonView.of(p, List.of())).toList(), scope);
    }

    /**
     * The persons with their memberships in the scope (a Women's Union officer does not learn that
     * her member also belongs to the Youth Union), read for the whole list in one query as rows.
     */
    private List<PersonView> withMemberships(List<PersonView> persons, Scope scope) {
        if (persons.isEmpty()) {
            return List.of();
        }
        Scope.Condition inScope = scope.unit("u");
        TypedQuery<Object[]> query = em.createQuery("select " + MembershipView.COLUMNS + " from Membership m"
                + " join m.organisation o join m.unit u where m.person.id in :persons and " + inScope.jpql()
                + " order by o.sortOrder", Object[].class);
        inScope.parameters().forEach(query::setParameter);
        Map<Long, List<MembershipView>> memberships = query
                .setParameter("persons", persons.stream().map(PersonView::id).toList()).getResultStream()
                .map(MembershipView::of).collect(Collectors.groupingBy(MembershipView::personId));
        return persons.stream().map(p -> p.withMemberships(memberships.getOrDefault(p.id(), List.of()))).toList();
    }

    private static List<PersonView> masked(List<PersonView> views) {
        return views.stream().map(PersonalData::masked).toList();
    }

    private static String blankToNull(String text) {
        return PersonRules.blankToNull(text);
    }
}
