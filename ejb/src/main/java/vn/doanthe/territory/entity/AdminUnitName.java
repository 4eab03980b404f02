package vn.doanthe.territory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.access.Place;

/** A name a unit carried before it was renamed (tên cũ), and the dates it carried it. */
@Entity
@Table(name = "admin_unit_name")
@NamedQuery(name = "AdminUnitName.ofUnits", query = """
        select n from AdminUnitName n where n.unit.id in :units
        and (n.validFrom is null or n.validFrom <= :day) and n.validTo >= :day""")
@NamedQuery(name = "AdminUnitName.latestEnd",
        query = "select max(n.validTo) from AdminUnitName n where n.unit.id = :unit")
@NamedQuery(name = "AdminUnitName.history",
        query = "select n from AdminUnitName n where n.unit.id = :unit order by n.validTo")
public class AdminUnitName extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private AdminUnit unit;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected AdminUnitName() {
    }

    AdminUnitName(AdminUnit unit, String name, LocalDate validFrom, LocalDate validTo) {
        this.unit = unit;
        this.name = name;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public AdminUnit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** The unit named. */
    @Override
    public Place territory() {
        return unit;
    }
}
