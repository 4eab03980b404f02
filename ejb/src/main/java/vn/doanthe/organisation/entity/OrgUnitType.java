package vn.doanthe.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.platform.access.Place;

/**
 * A kind of unit in one organisation's tree (Tỉnh đoàn, Hội LHPN cơ sở, Chi hội, Tổ hội …): its
 * rank (1 at the top, growing downwards) and the level of territorial unit it sits on.
 */
@Entity
@Table(name = "org_unit_type")
@NamedQuery(name = "OrgUnitType.ofOrganisation",
        query = "select t from OrgUnitType t where t.organisation.code = :organisation order by t.rank, t.name")
@NamedQuery(name = "OrgUnitType.byCode",
        query = "select t from OrgUnitType t where t.organisation.code = :organisation and t.code = :code")
public class OrgUnitType extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "unit_rank", nullable = false)
    private int rank;

    @Enumerated(EnumType.STRING)
    @Column(name = "admin_level", nullable = false, length = 10)
    private AdminLevel adminLevel;

    protected OrgUnitType() {
    }

    public OrgUnitType(Organisation organisation, String code, String name, int rank, AdminLevel adminLevel) {
        this.organisation = organisation;
        this.code = code;
        this.name = VietnameseText.tidy(name);
        this.rank = rank;
        this.adminLevel = adminLevel;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRank() {
        return rank;
    }

    public AdminLevel getAdminLevel() {
        return adminLevel;
    }

    /** None: a unit type belongs to an organisation, not to a place. */
    @Override
    public Place territory() {
        return null;
    }
}
