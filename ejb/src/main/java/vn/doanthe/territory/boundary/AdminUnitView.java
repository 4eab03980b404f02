package vn.doanthe.territory.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.territory.entity.AdminUnitType;

/** A territorial unit as it stood on a given day (its name then, not necessarily now). */
public record AdminUnitView(Long id, String code, AdminLevel level, AdminUnitType type, String name,
                            String parentCode, Long parentId, String parentName, AdminUnitType parentType,
                            LocalDate validFrom, LocalDate validTo, boolean official) implements Serializable {

    public static AdminUnitView of(AdminUnit unit, String nameOnDay) {
        AdminUnit parent = unit.getParent();
        return new AdminUnitView(unit.getId(), unit.getCode(), unit.getLevel(), unit.getType(),
                nameOnDay == null ? unit.getName() : nameOnDay,
                parent == null ? null : parent.getCode(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName(), parent == null ? null : parent.getType(), unit.getValidFrom(),
                unit.getValidTo(), unit.isOfficial());
    }

    /**
     * As people name it, for pickers: its kind and name, a hamlet's commune after it (many hamlets
     * share a name, and many are numbers: "Khóm 1"), the code last: "Khóm 1, Phường 3 (29254.01)".
     */
    public String described() {
        String commune = level == AdminLevel.HAMLET && parentName != null ? ", " + named(parentType, parentName) : "";
        return named(type, name) + commune + " (" + code + ")";
    }

    /** The name with its kind before it, unless it already begins with it ("Ấp Bến Giá"). */
    public static String named(AdminUnitType type, String name) {
        if (type == null) {
            return name;
        }
        String kind = type.vietnameseName();
        return VietnameseText.fold(name).startsWith(VietnameseText.fold(kind) + " ") ? name : kind + " " + name;
    }

    public static AdminUnitView of(AdminUnit unit) {
        return of(unit, null);
    }

    @JsonbTransient
    public boolean isCurrent() {
        return validTo == null;
    }
}
