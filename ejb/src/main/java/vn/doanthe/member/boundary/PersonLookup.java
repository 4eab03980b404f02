package vn.doanthe.member.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Role;
import jakarta.enterprise.context.ApplicationScoped;
import vn.doanthe.member.control.PersonalData;
import vn.doanthe.platform.control.Where;


/**
 * A person as the registry's boundaries hand them out: looked up within the caller's scope (one
 * outside is refused as missing, the attempt logged), with the memberships the scope shows.
 */
@ApplicationScoped
class PersonLookup {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonScope personScope;

    @Inject
    Callers callers;

    /** Refuses unmasked personal data to a user without the grant. */
    void requirePersonalDataGrant(boolean personalData) {
        if (personalData && !callers.current().is(Role.PERSONAL_DATA)) {
            throw new AccessDenied("member.error.personalDataGrant");
        }
    }

    Person inScope(Long id, Scope scope) {
        return inScope(id, scope, "id");
    }

    /** The person in scope; one outside is refused as missing, naming {@code field}. */
    Person inScope(Long id, Scope scope, String field) {
        Person person = id == null ? null : em.find(Person.class, id);
        if (person == null) {
            throw new RecordNotFound(field, "member.error.personNotFound", id);
        }
        scope.require(personScope.covers(scope, id), "Person", id,
                () -> new RecordNotFound(field, "member.error.personNotFound", id));
        return person;
    }


    List<PersonView> views(List<Person> persons, Scope scope) {
        return withMemberships(persons.stream().map(p -> PersonView.of(p, List.of())).toList(), scope);
    }

    /**
     * The persons with their memberships in the scope (a Women's Union officer does not learn that
     * her member also belongs to the Youth Union), read for the whole list in one query as rows.
     */
    List<PersonView> withMemberships(List<PersonView> persons, Scope scope) {
        if (persons.isEmpty()) {
            return List.of();
        }
        Where inScope = scope.unit("u");
        TypedQuery<Object[]> query = em.createQuery("select " + MembershipView.COLUMNS + " from Membership m"
                + " join m.organisation o join m.unit u where m.person.id in :persons and " + inScope.jpql()
                + " order by o.sortOrder", Object[].class);
        inScope.parameters().forEach(query::setParameter);
        Map<Long, List<MembershipView>> memberships = query
                .setParameter("persons", persons.stream().map(PersonView::id).toList()).getResultStream()
                .map(MembershipView::of).collect(Collectors.groupingBy(MembershipView::personId));
        return persons.stream().map(p -> p.withMemberships(memberships.getOrDefault(p.id(), List.of()))).toList();
    }

    static List<PersonView> masked(List<PersonView> views) {
        return views.stream().map(PersonalData::masked).toList();
    }
}
