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
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.access.Place;

/**
 * The predecessor ceased the day before {@code effectiveOn} and all of it (FULL) or part of it
 * (PARTIAL, when a commune was split between several new ones) went to the successor.
 */
@Entity
@Table(name = "admin_unit_succession")
@NamedQuery(name = "Succession.successorsOf",
        query = "select s from Succession s where s.predecessor.id = :unit order by s.successor.code")
@NamedQuery(name = "Succession.predecessorsOf",
        query = "select s from Succession s where s.successor.id = :unit order by s.predecessor.code")
public class Succession extends AuditedEntity {

    public enum Kind { FULL, PARTIAL }

    @ManyToOne(optional = false)
    @JoinColumn(name = "predecessor_id")
    private AdminUnit predecessor;

    @ManyToOne(optional = false)
    @JoinColumn(name = "successor_id")
    private AdminUnit successor;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(length = 300)
    private String note;

    protected Succession() {
    }

    public Succession(AdminUnit predecessor, AdminUnit successor, LocalDate effectiveOn, Kind kind, String note) {
        this.predecessor = predecessor;
        this.successor = successor;
        this.effectiveOn = effectiveOn;
        this.kind = kind;
        this.note = note;
    }

    public AdminUnit getPredecessor() {
        return predecessor;
    }

    public AdminUnit getSuccessor() {
        return successor;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    /** The successor. */
    @Override
    public Place territory() {
        return successor;
    }
}
