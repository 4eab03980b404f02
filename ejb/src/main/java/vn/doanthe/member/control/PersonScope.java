package vn.doanthe.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import vn.doanthe.platform.access.Scope;

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
    public static Scope.Condition person(Scope scope, String person) {
        if (scope.isEverything()) {
            return Scope.Condition.always();
        }
        Scope.Condition held = scope.unit("sm.unit");
        Scope.Condition home = scope.place(person + ".hamlet");
        Map<String, Object> parameters = new HashMap<>(held.parameters());
        parameters.putAll(home.parameters());
        String livesHere = home.jpql() + (scope.organisationIds().isEmpty() ? ""
                : " and not exists (select nm.id from Membership nm where nm.person = " + person + ")");
        return new Scope.Condition("(exists (select sm.id from Membership sm where sm.person = " + person + " and "
                + held.jpql() + ") or (" + livesHere + "))", parameters);
    }

    /** Whether the person with this id is in the scope. */
    public boolean covers(Scope scope, Long personId) {
        if (scope.isEverything()) {
            return true;
        }
        Scope.Condition inScope = person(scope, "p");
        TypedQuery<Long> query = em.createQuery("select count(p) from Person p where p.id = :id and " + inScope.jpql(),
                Long.class);
        inScope.parameters().forEach(query::setParameter);
        return query.setParameter("id", personId).getSingleResult() > 0;
    }
}
