package vn.doanthe.member.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.Where;

/**
 * The member feature's scope policy: a person is in scope when one of their memberships is held in
 * a unit in scope, or when they live in the territory and the caller serves every organisation
 * there (or the person belongs to no organisation yet: registering a person comes before
 * enrolling them).
 */
@ApplicationScoped
public class PersonScope {

    @PersistenceContext
    EntityManager em;

    /** JPQL: the person {@code person} (an identification variable) is in scope. */
    public static Where person(Scope scope, String person) {
        if (scope.isEverything()) {
            return Where.always();
        }
        Where held = scope.unit("sm.unit");
        Where livesHere = scope.place(person + ".hamlet");
        if (!scope.organisationIds().isEmpty()) {
            livesHere = livesHere.and("not exists (select nm.id from Membership nm where nm.person = " + person + ")");
        }
        return Where.of("exists (select sm.id from Membership sm where sm.person = " + person + " and " + held.jpql()
                + ")", held.parameters()).or(livesHere);
    }

    /**
     * The person {@code personId} names (field {@code personId} of a command), in the scope: missing
     * is refused as required, one outside the scope as one that does not exist (404).
     */
    @Unguarded("a scope policy: it answers for the scope it is given, inside a boundary that checked its caller")
    public Person inScope(Scope scope, Long personId) {
        if (personId == null) {
            throw new InvalidInput("personId", "validation.required");
        }
        Person person = em.find(Person.class, personId);
        scope.require(person != null && covers(scope, personId), "Person", personId,
                () -> new RecordNotFound("personId", "member.error.personNotFound", personId));
        return person;
    }

    /** Whether the person with this id is in the scope. */
    @Unguarded("a scope policy: it answers for the scope it is given, inside a boundary that checked its caller")
    public boolean covers(Scope scope, Long personId) {
        if (scope.isEverything()) {
            return true;
        }
        Where inScope = person(scope, "p");
        TypedQuery<Long> query = em.createQuery("select count(p) from Person p where p.id = :id and " + inScope.jpql(),
                Long.class);
        inScope.parameters().forEach(query::setParameter);
        return query.setParameter("id", personId).getSingleResult() > 0;
    }
}
