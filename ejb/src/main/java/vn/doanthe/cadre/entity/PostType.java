package vn.doanthe.cadre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.doanthe.organisation.entity.OrgUnitType;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * A post (chức vụ) of an organisation's units of one type: the branch head of the Women's Union's
 * branches, say. Data an administrator edits; the defaults come with schema 16.
 */
@Entity
@Table(name = "post_type")
@NamedQuery(name = "PostType.byCode", query = "select t from PostType t where t.code = :code")
@NamedQuery(name = "PostType.ofUnitType",
        query = "select t from PostType t where t.unitType.id = :unitType and t.active = true order by t.sortOrder, t.name")
public class PostType extends AuditedEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_type_id")
    private OrgUnitType unitType;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_rank", nullable = false, length = 10)
    private PostRank rank;

    @Column(name = "single_holder", nullable = false)
    private boolean singleHolder;

    /** The usual term in months; null for no fixed term. */
    @Column(name = "term_months")
    private Integer termMonths;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder = 100;

    @Column(nullable = false)
    private boolean active = true;

    protected PostType() {
    }

    public PostType(String code, OrgUnitType unitType, String name, PostRank rank, boolean singleHolder,
                    Integer termMonths) {
        this.code = code;
        this.organisation = unitType.getOrganisation();
        this.unitType = unitType;
        this.name = name;
        this.rank = rank;
        this.singleHolder = singleHolder;
        this.termMonths = termMonths;
    }

    public void change(String newName, PostRank newRank, boolean single, Integer term, boolean inUse) {
        this.name = newName;
        this.rank = newRank;
        this.singleHolder = single;
        this.termMonths = term;
        this.active = inUse;
    }

    public String getCode() {
        return code;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrgUnitType getUnitType() {
        return unitType;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public PostRank getRank() {
        return rank;
    }

    public boolean isSingleHolder() {
        return singleHolder;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public boolean isActive() {
        return active;
    }

    /** A post of the whole installation, as the organisation catalogue is. */
    @Override
    public Place territory() {
        return null;
    }
}
