package vn.doanthe.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.platform.access.Place;

/**
 * Đối tượng kết nạp: how many people of a territorial unit could belong to an organisation in a
 * year (women aged 18 and over for the Women's Union, young people for the Youth Union …), the
 * denominator of the membership ratio. Staff enter it; it is not derived from the registry.
 */
@Entity
@Table(name = "eligible_population")
@NamedQuery(name = "EligiblePopulation.find", query = """
        select e from EligiblePopulation e
        where e.unit.id = :unit and e.year = :year and e.organisation.id = :organisation""")
@NamedQuery(name = "EligiblePopulation.ofUnits", query = """
        select e from EligiblePopulation e where e.unit.id in :units and e.year = :year""")
@NamedQuery(name = "EligiblePopulation.ofUnit", query = """
        select e from EligiblePopulation e where e.unit.id = :unit
        order by e.year desc, e.organisation.sortOrder, e.organisation.name""")
public class EligiblePopulation extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "admin_unit_id")
    private AdminUnit unit;

    @Column(nullable = false)
    private int year;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private long eligible;

    protected EligiblePopulation() {
    }

    public EligiblePopulation(AdminUnit unit, int year, Organisation organisation, long eligible) {
        this.unit = unit;
        this.year = year;
        this.organisation = organisation;
        this.eligible = eligible;
    }

    public void correct(long figure) {
        this.eligible = figure;
    }

    public AdminUnit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public long getEligible() {
        return eligible;
    }

    /** The unit counted. */
    @Override
    public Place territory() {
        return unit;
    }
}
