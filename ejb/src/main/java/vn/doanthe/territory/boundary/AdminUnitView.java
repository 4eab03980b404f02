package vn.doanthe.territory.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.territory.entity.AdminUnitType;

/** A territorial unit as it stood on a given day (its name then, not necessarily now). */
public record AdminUnitView(Long id, String code, AdminLevel level, AdminUnitType type, String name,
                            String parentCode, Long parentId, LocalDate validFrom, LocalDate validTo,
                            boolean official) implements Serializable {

    public static AdminUnitView of(AdminUnit unit, String nameOnDay) {
        AdminUnit parent = unit.getParent();
        return new AdminUnitView(unit.getId(), unit.getCode(), unit.getLevel(), unit.getType(),
                nameOnDay == null ? unit.getName() : nameOnDay,
                parent == null ? null : parent.getCode(), parent == null ? null : parent.getId(),
                unit.getValidFrom(), unit.getValidTo(), unit.isOfficial());
    }

    public static AdminUnitView of(AdminUnit unit) {
        return of(unit, null);
    }

    @JsonbTransient
    public boolean isCurrent() {
        return validTo == null;
    }
}
