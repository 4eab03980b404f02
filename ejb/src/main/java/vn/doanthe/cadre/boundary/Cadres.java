package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.doanthe.cadre.control.CadreFilter;
import vn.doanthe.cadre.entity.PostHolding;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.territory.boundary.PlaceInScope;

/**
 * The cadres (cán bộ) of a territory on a day: persons holding posts, sorted as Vietnamese lists
 * are (given name, then family and middle name), each with all the posts they hold in the units the
 * caller sees, so concurrent posts across organisations show together.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Cadres {

    private static final int EXPORT_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PlaceInScope places;

    @Inject
    Callers callers;

    @Inject
    ChangeRecorder auditTrail;

    /**
     * Every cadre the list shows, as a file to download (a province has some 25,000: they are read a
     * page at a time); it names persons, so its issue is recorded.
     */
    public List<CadreView> export(CadreQuery query) {
        List<CadreView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<CadreView> read = page(query, PageRequest.of(page, EXPORT_PAGE, EXPORT_PAGE), false).items();
            all.addAll(read);
            if (read.size() < EXPORT_PAGE) {
                break;
            }
        }
        auditTrail.eventStarting(callers.current(), "EXPORT", "PostHolding", "cadres unit=" + query.unit()
                + " organisation=" + query.organisation() + " post=" + query.post() + " rows=" + all.size());
        return all;
    }

    public Page<CadreView> list(CadreQuery query, PageRequest page) {
        return page(query, page, true);
    }

    /** A page of the list; the total is counted only when asked (an export reads every page). */
    private Page<CadreView> page(CadreQuery query, PageRequest page, boolean counted) {
        Scope scope = scopes.current();
        LocalDate day = query.asOf() == null ? VietnamTime.today() : query.asOf();
        Where held = CadreFilter.heldOn("h", day, scope, places.place(scope, query.unit(), day), query.organisation())
                .andIfGiven("h.post.code = :post", "post", query.post());
        long total = !counted ? -1 : held.bind(em.createQuery("select count(distinct h.person.id) from PostHolding h where "
                + held.jpql(), Long.class)).getSingleResult();
        List<Long> ids = held.bind(em.createQuery("select distinct p.id, p.givenName, p.familyName, p.middleName"
                        + " from PostHolding h join h.person p where " + held.jpql()
                        + " order by p.givenName, p.familyName, p.middleName, p.id", Object[].class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(row -> (Long) row[0]).toList();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        Where theirs = CadreFilter.heldOn("h", day, scope, null, null).and("h.person.id in :ids", "ids", ids);
        Map<Long, List<CadreView.Post>> posts = new LinkedHashMap<>();
        ids.forEach(id -> posts.put(id, new ArrayList<>()));
        theirs.bind(em.createQuery("select h from PostHolding h join fetch h.post join fetch h.unit where "
                        + theirs.jpql() + " order by h.unit.organisation.sortOrder, h.post.sortOrder, h.from",
                        PostHolding.class))
                .getResultStream().forEach(h -> posts.get(h.getPerson().getId()).add(post(h)));
        Map<Long, Person> persons = new LinkedHashMap<>();
        em.createQuery("select p from Person p where p.id in :ids", Person.class).setParameter("ids", ids)
                .getResultStream().forEach(p -> persons.put(p.getId(), p));
        List<CadreView> items = ids.stream().map(id -> {
            Person p = persons.get(id);
            return new CadreView(id, p.getFullName(), p.getBirthDate(), CadreFilter.age(p.getBirthDate(), day), posts.get(id));
        }).toList();
        return new Page<>(items, total);
    }

    private static CadreView.Post post(PostHolding h) {
        return new CadreView.Post(h.getId(), h.getPost().getCode(), h.getPost().getName(),
                h.getUnit().getOrganisation().getCode(), h.getUnit().getId(), h.getUnit().getName(),
                h.getUnit().getAdminUnit().described(), h.getFrom(), h.getTo(), h.getTermEndsOn(), h.getMode());
    }
}
