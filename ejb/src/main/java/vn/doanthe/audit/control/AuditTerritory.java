package vn.doanthe.audit.control;

import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipPeriod;
import vn.doanthe.member.entity.Person;
import vn.doanthe.member.entity.Transfer;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.statistics.entity.EligiblePopulation;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.territory.entity.AdminUnitName;
import vn.doanthe.territory.entity.Succession;

/**
 * The territorial unit an audit entry concerns, as the changed entity stands when the entry is
 * written: a person's hamlet; the administrative unit of a membership's, a period's or an
 * organisation unit's unit; a transfer's sending unit's; an administrative unit itself (and the
 * successor of a succession). Read from the entity's own references, loaded with it, so no query
 * per entry. Null where an entity belongs to no territory (users, organisations, unit types).
 */
public record AuditTerritory(long unitId, String unitPath) {

    public static AuditTerritory of(AuditedEntity entity) {
        AdminUnit unit = unitOf(entity);
        return unit == null || unit.getId() == null ? null : new AuditTerritory(unit.getId(), unit.subtreePath());
    }

    private static AdminUnit unitOf(AuditedEntity entity) {
        if (entity instanceof AdminUnit u) {
            return u;
        } else if (entity instanceof Person p) {
            return p.getHamlet();
        } else if (entity instanceof Membership m) {
            return place(m.getUnit());
        } else if (entity instanceof MembershipPeriod p) {
            return place(p.getUnit());
        } else if (entity instanceof Transfer t) {
            return place(t.getFrom());
        } else if (entity instanceof OrgUnit u) {
            return u.getAdminUnit();
        } else if (entity instanceof AdminUnitName n) {
            return n.getUnit();
        } else if (entity instanceof Succession s) {
            return s.getSuccessor();
        } else if (entity instanceof EligiblePopulation e) {
            return e.getUnit();
        }
        return null;
    }

    private static AdminUnit place(OrgUnit unit) {
        return unit == null ? null : unit.getAdminUnit();
    }
}
