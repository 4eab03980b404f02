package vn.doanthe.audit.control;

import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * The territorial unit an audit entry concerns, as the changed entity stands when the entry is
 * written: the entity names it ({@link AuditedEntity#territory()}), from its own references loaded
 * with it, so no query per entry. Null where an entity belongs to no territory.
 */
public record AuditTerritory(long unitId, String unitPath) {

    public static AuditTerritory of(AuditedEntity entity) {
        Place unit = entity.territory();
        return unit == null || unit.getId() == null ? null : new AuditTerritory(unit.getId(), unit.subtreePath());
    }
}
