package vn.doanthe.cadre.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * What is the same in every commune of the province (a post, what a post is paid) is changed only
 * by a caller whose scope covers every territory: a commune's administrator proposes such a change
 * to the province rather than making it for everyone.
 */
@Dependent
public class WholeProvince {

    @PersistenceContext
    EntityManager em;

    /** The scope, when it covers the whole territory; refused with {@code messageKey} otherwise. */
    @Unguarded("a scope policy: it answers for the scope it is given, inside a boundary that checked its caller")
    public Scope require(Scope scope, String messageKey) {
        boolean covered = em.createQuery("select u from AdminUnit u where u.parent is null and u.validTo is null",
                AdminUnit.class).getResultStream().allMatch(scope::coversPlace);
        if (!covered) {
            throw new AccessDenied(messageKey);
        }
        return scope;
    }
}
