package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.Seek;
import vn.doanthe.platform.boundary.Slice;
import vn.doanthe.platform.control.LikePattern;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.access.Role;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.platform.control.Where;


/**
 * Finding persons: lists by name, CCCD, phone, place, organisation unit, status, age and joining,
 * sorted by given name as Vietnamese lists are, a page at a time; exports read every page.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class PersonSearch {

    /** The most words of a name a search looks for. */
    static final int MAX_WORDS = 8;

    /** The oldest age a list may be filtered by. */
    static final int MAX_AGE = 150;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PersonScope personScope;

    @Inject
    PersonLookup lookup;

    /**
     * Persons matching the query, sorted by given name, then family and middle name, as Vietnamese
     * lists are; personal data masked. A page by its number (an offset), with the total counted:
     * kept for clients of the first API; lists read {@link #search(PersonQuery, Seek)}.
     */
    public Page<PersonView> search(PersonQuery query, PageRequest page) {
        Scope scope = scopes.current();
        Filter filter = filter(query, scope);
        long total = count(filter);
        return new Page<>(PersonLookup.masked(lookup.withMemberships(slice(filter, Seek.at(page.offset(), page.size())), scope)), total);
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
        return new Slice<>(PersonLookup.masked(lookup.withMemberships(shown, scope)), first, last, more ? last : null);
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
        lookup.requirePersonalDataGrant(personalData);
        Scope scope = scopes.current();
        Filter filter = filter(query, scope);
        for (Seek seek = Seek.first(pageSize); ; ) {
            List<PersonView> persons = slice(filter, seek);
            if (persons.isEmpty()) {
                return;
            }
            seek = Seek.after(PersonCursor.of(persons.get(persons.size() - 1)).text(), pageSize);
            List<PersonView> views = lookup.withMemberships(persons, scope);
            consumer.accept(personalData ? views : PersonLookup.masked(views));
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
    private record Filter(String from, Where where, boolean distinct) {

        /** {@code select [distinct ]<columns> from … where …}. */
        String rows(String columns) {
            return "select " + (distinct ? "distinct " : "") + columns + from + " where " + where.jpql();
        }

        /** {@code select count([distinct ]p) from … where …}. */
        String count() {
            return "select count(" + (distinct ? "distinct " : "") + "p)" + from + " where " + where.jpql();
        }

        /** The same query narrowed by one more condition. */
        Filter and(String condition, Map<String, Object> more) {
            return new Filter(from, where.and(Where.of(condition, more)), distinct);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            return where.bind(query);
        }
    }

    private Filter filter(PersonQuery query, Scope scope) {
        StringBuilder from = new StringBuilder(" from Person p");
        Where where = PersonScope.person(scope, "p");
        Place place = query.adminUnitCode() == null || query.adminUnitCode().isBlank() ? null
                : place(query.adminUnitCode().trim());
        if (place != null) {
            where = where.and(Where.subtree("p.hamlet", "place", place.id(), place.below()));
        }
        String text = query.text() == null ? "" : query.text().trim();
        boolean distinct = false;
        if (text.matches("\\d{12}")) {
            where = where.and("p.nationalId = :nationalId", "nationalId", text);
        } else if (text.matches("(0|\\+84)[\\d .]{8,14}")) {
            where = where.and("p.phone = :phone", "phone", text.replaceAll("[ .]", ""));
        } else if (!text.isEmpty()) {
            // One row of the name's word index per typed word, in any order; the last word may
            // still be being typed (a prefix). Narrowed to the place's hamlets, so that the
            // database starts from the rarest word there.
            String[] words = typedWords(text);
            List<Long> hamlets = place == null ? null : hamletsOf(place);
            for (int i = 0; i < words.length; i++) {
                boolean last = i == words.length - 1;
                from.append(" join p.words w").append(i);
                where = where.and("w" + i + ".word " + (last ? "like" : "=") + " :w" + i, "w" + i,
                        last ? LikePattern.escape(words[i]) + "%" : words[i]);
                if (hamlets != null) {
                    where = where.and("w" + i + ".hamletId in :hamlets", "hamlets", hamlets);
                }
            }
            distinct = true;
        }
        where = where.andIfGiven("p.gender = :gender", "gender", query.gender());
        return new Filter(from.toString(), where.and(ages(query)).and(membership(query)), distinct);
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
    private static Where ages(PersonQuery query) {
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
        return Where.always()
                .andIfGiven("p.birthDate <= :bornBy", "bornBy", from == null ? null : today.minusYears(from))
                .andIfGiven("p.birthDate > :bornAfter", "bornAfter", to == null ? null : today.minusYears(to + 1L));
    }

    /** The membership conditions of the query, all on one membership of the person. */
    private Where membership(PersonQuery query) {
        if (query.joinedFrom() != null && query.joinedTo() != null && query.joinedFrom().isAfter(query.joinedTo())) {
            throw new InvalidInput("joinedTo", "member.error.joinedRange");
        }
        Where held = Where.always().andIfGiven("m.organisation.code = :organisation", "organisation",
                query.organisationCode());
        if (query.orgUnitId() != null) {
            String path = em.createQuery("select u.path from OrgUnit u where u.id = :id", String.class)
                    .setParameter("id", query.orgUnitId()).getResultStream().findFirst()
                    .orElseThrow(() -> new InvalidInput("orgUnit", "organisation.error.unitNotFound"));
            held = held.and(Where.subtree("m.unit", "orgUnit", query.orgUnitId(),
                    OrgUnit.subtreePath(path, query.orgUnitId())));
        }
        held = held.andIfGiven("m.status = :status", "status", query.status())
                .andIfGiven("m.joinedOn >= :joinedFrom", "joinedFrom", query.joinedFrom())
                .andIfGiven("m.joinedOn <= :joinedTo", "joinedTo", query.joinedTo());
        if (held.equals(Where.always())) {
            return held;
        }
        return Where.of("exists (select m from Membership m where m.person = p and " + held.jpql() + ")",
                held.parameters());
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
        Where below = Where.subtree("u", "place", place.id(), place.below());
        List<Long> hamlets = below.bind(em.createQuery("select u.id from AdminUnit u where u.level = :hamlet and "
                        + below.jpql(), Long.class)).setParameter("hamlet", AdminLevel.HAMLET).getResultList();
        return hamlets.isEmpty() ? List.of(-1L) : hamlets;
    }
}
