package vn.doanthe.meeting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.boundary.InvalidInput;

/** The organisation a report of meetings is narrowed to, by its code: none when none is given, 400 when it names none. */
@Dependent
public class AskedOrganisation {

    @PersistenceContext
    EntityManager em;

    public Organisation of(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInput("organisation", "organisation.error.notFound", code));
    }
}
