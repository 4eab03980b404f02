package vn.doanthe.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.access.OrganisationUnit;

/**
 * A unit of one organisation (a provincial committee, a grassroots chapter, a branch, a cell),
 * placed on a territorial unit. Closed units stay, with the day they closed.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "OrgUnit.children",
        query = "select u from OrgUnit u where u.parent.id = :parent order by u.name")
@NamedQuery(name = "OrgUnit.roots", query = """
        select u from OrgUnit u where u.parent is null and u.organisation.code = :organisation order by u.name""")
@NamedQuery(name = "OrgUnit.openChildren",
        query = "select count(u) from OrgUnit u where u.parent.id = :parent and u.closedOn is null")
@NamedQuery(name = "OrgUnit.siblingNamed", query = """
        select count(u) from OrgUnit u where u.parent.id = :parent and u.nameKey = :nameKey and u.closedOn is null""")
@NamedQuery(name = "OrgUnit.rootNamed", query = """
        select count(u) from OrgUnit u where u.parent is null and u.organisation.id = :organisation
        and u.nameKey = :nameKey and u.closedOn is null""")
@NamedQuery(name = "OrgUnit.onAdminUnits", query = "select u from OrgUnit u where u.adminUnit.id in :units")
public class OrgUnit extends AuditedEntity implements OrganisationUnit {

    /** The width of {@code name_key} (V15): three times the name's, since folding may lengthen a name (ß → ss). */
    public static final int NAME_KEY_LENGTH = 600;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_type_id")
    private OrgUnitType type;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "admin_unit_id")
    private AdminUnit adminUnit;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_KEY_LENGTH)
    private String nameKey;

    @Column(nullable = false, length = 200)
    private String path;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected OrgUnit() {
    }

    public OrgUnit(OrgUnitType type, OrgUnit parent, AdminUnit adminUnit, String name, LocalDate establishedOn) {
        this.organisation = type.getOrganisation();
        this.type = type;
        this.parent = parent;
        this.adminUnit = adminUnit;
        this.path = parent == null ? "/" : parent.subtreePath();
        this.establishedOn = establishedOn;
        rename(name);
    }

    public String subtreePath() {
        return subtreePath(path, getId());
    }

    /** The path of the units below the one at {@code path} with this id (what {@code path like} looks for). */
    public static String subtreePath(String path, Long id) {
        return path + id + "/";
    }

    public void rename(String newName) {
        this.name = VietnameseText.tidy(newName);
        this.nameKey = nameKey(newName);
    }

    /** The search key of a unit's name, as {@code name_key} holds it. */
    public static String nameKey(String name) {
        return VietnameseText.fold(name, NAME_KEY_LENGTH);
    }

    public void close(LocalDate day) {
        this.closedOn = day;
    }

    /** After a merge of territorial units the unit carries on where its territory went. */
    public void moveTo(AdminUnit successor) {
        this.adminUnit = successor;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrgUnitType getType() {
        return type;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public AdminUnit getAdminUnit() {
        return adminUnit;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getPath() {
        return path;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    /** The territorial unit it stands on. */
    @Override
    public Place territory() {
        return adminUnit;
    }

    @Override
    public Place place() {
        return adminUnit;
    }

    @Override
    public Long organisationId() {
        return organisation.getId();
    }
}
