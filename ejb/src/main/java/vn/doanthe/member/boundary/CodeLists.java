package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;

/** The official code lists a person's form chooses from: ethnic groups and religions. */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class CodeLists {

    public record Code(String code, String name) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    public List<Code> ethnicGroups() {
        return codes("SELECT code, name FROM ethnic_group ORDER BY code");
    }

    public List<Code> religions() {
        return codes("SELECT code, name FROM religion ORDER BY code");
    }

    private List<Code> codes(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Code((String) r[0], (String) r[1])).toList();
    }
}
