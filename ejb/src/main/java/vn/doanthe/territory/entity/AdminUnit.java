package vn.doanthe.territory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.access.Place;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * A territorial unit (đơn vị hành chính) valid from {@code validFrom} to {@code validTo}
 * inclusive. A unit that is merged away is closed, not deleted, so that past dates keep their
 * answer; its code may then be reused by a successor.
 */
@Entity
@Table(name = "admin_unit")
@NamedQuery(name = "AdminUnit.byCodeOn", query = """
        select u from AdminUnit u where u.code = :code
        and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo >= :day)""")
/** The id and path of the unit in force on the day with this code (no entity, no parents read). */
@NamedQuery(name = "AdminUnit.placeByCodeOn", query = """
        select u.id, u.path from AdminUnit u where u.code = :code
        and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo >= :day)""")
@NamedQuery(name = "AdminUnit.childrenOn", query = """
        select u from AdminUnit u where u.parent.id = :parent
        and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo >= :day)
        order by u.code""")
@NamedQuery(name = "AdminUnit.rootsOn", query = """
        select u from AdminUnit u where u.parent is null
        and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo >= :day)
        order by u.code""")
@NamedQuery(name = "AdminUnit.countCurrentCode",
        query = "select count(u) from AdminUnit u where u.code = :code and u.validTo is null")
@NamedQuery(name = "AdminUnit.siblingNamed", query = """
        select count(u) from AdminUnit u where u.parent.id = :parent and u.nameKey = :nameKey
        and u.validTo is null""")
public class AdminUnit extends AuditedEntity implements Place {

    /** The width of {@code name_key} (V15): three times the name's, since folding may lengthen a name (ß → ss). */
    public static final int NAME_KEY_LENGTH = 450;

    @Column(nullable = false, length = 20)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AdminLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdminUnitType type;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_KEY_LENGTH)
    private String nameKey;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private AdminUnit parent;

    @Column(nullable = false, length = 120)
    private String path;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean official;

    protected AdminUnit() {
    }

    /** A unit users add themselves (a hamlet), valid from {@code validFrom}. */
    public AdminUnit(String code, AdminUnitType type, String name, AdminUnit parent, LocalDate validFrom) {
        this.code = code;
        this.type = type;
        this.level = type.level();
        this.parent = parent;
        this.path = parent.subtreePath();
        this.validFrom = validFrom;
        this.official = false;
        rename(name);
    }

    /** The prefix of the {@code path} of every unit below this one. */
    public String subtreePath() {
        return subtreePath(path, getId());
    }

    /**
     * The unit with this code in force on the day: codes are reused across reforms, so a code alone
     * does not name a unit. The one place a code is resolved as of a day.
     */
    public static Optional<AdminUnit> byCodeOn(EntityManager em, String code, LocalDate day) {
        return em.createNamedQuery("AdminUnit.byCodeOn", AdminUnit.class).setParameter("code", code)
                .setParameter("day", day).getResultStream().findFirst();
    }

    /** The path of the units below the one at {@code path} with this id (what {@code path like} looks for). */
    public static String subtreePath(String path, Long id) {
        return path + id + "/";
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    public boolean isAncestorOf(AdminUnit other) {
        return other.path.startsWith(subtreePath());
    }

    private void rename(String newName) {
        this.name = VietnameseText.tidy(newName);
        this.nameKey = nameKey(newName);
    }

    /** The search key of a unit's name, as {@code name_key} holds it. */
    public static String nameKey(String name) {
        return VietnameseText.fold(name, NAME_KEY_LENGTH);
    }

    /** Renames from {@code effectiveOn}; the returned record keeps the old name for the dates before. */
    public AdminUnitName renameOn(String newName, LocalDate effectiveOn, LocalDate oldNameSince) {
        AdminUnitName former = new AdminUnitName(this, name, oldNameSince, effectiveOn.minusDays(1));
        rename(newName);
        return former;
    }

    /** Ends the unit's validity: it existed up to and including {@code lastDay}. */
    public void closeAfter(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    /**
     * The unit as people name it: its name, then its commune's for a hamlet (many hamlets share a
     * name), the code last: "Ấp Bến Giá, Xã Hiệp Mỹ (28810.02)".
     */
    public String described() {
        return described(name, level, parent == null ? null : parent.getName(), code);
    }

    /** {@link #described()} from a projection's columns (the parent's name null for a unit on top). */
    public static String described(String name, AdminLevel level, String parentName, String code) {
        String commune = level == AdminLevel.HAMLET && parentName != null ? ", " + parentName : "";
        return name + commune + " (" + code + ")";
    }

    public String getCode() {
        return code;
    }

    public AdminLevel getLevel() {
        return level;
    }

    public AdminUnitType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public AdminUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isOfficial() {
        return official;
    }

    /** The unit itself. */
    @Override
    public Place territory() {
        return this;
    }
}
