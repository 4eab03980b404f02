package vn.doanthe.cadre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * What the holder of a post is paid a month from a day to the day before the post's next rate
 * (or still): an allowance or a support, as a coefficient of the base salary or as an amount.
 */
@Entity
@Table(name = "post_allowance")
@NamedQuery(name = "PostAllowance.all", query = """
        select a from PostAllowance a join fetch a.post order by a.post.organisation.sortOrder, a.post.sortOrder,
        a.from desc""")
@NamedQuery(name = "PostAllowance.ofPost", query = "select a from PostAllowance a where a.post = :post order by a.from")
public class PostAllowance extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_type_id")
    private PostType post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AllowanceKind kind;

    @Column(precision = 5, scale = 3)
    private BigDecimal coefficient;

    @Column(precision = 12)
    private BigDecimal amount;

    @Column(name = "valid_from", nullable = false)
    private LocalDate from;

    @Column(name = "valid_to")
    private LocalDate to;

    @Column(length = 100)
    private String decision;

    protected PostAllowance() {
    }

    public PostAllowance(PostType post, AllowanceKind kind, BigDecimal coefficient, BigDecimal amount, LocalDate from,
                         String decision) {
        this.post = post;
        this.kind = kind;
        this.coefficient = coefficient;
        this.amount = amount;
        this.from = from;
        this.decision = decision;
    }

    /** A later rate of the post starts on {@code next}: this one's last day is the day before. */
    public void endBefore(LocalDate next) {
        this.to = next.minusDays(1);
    }

    public boolean isValidOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    /** The month's pay on a day, in đồng (unrounded): the amount, or the coefficient of that day's base salary. */
    public BigDecimal monthlyOn(BigDecimal baseSalary) {
        return amount != null ? amount : coefficient.multiply(baseSalary).setScale(3, RoundingMode.HALF_UP);
    }

    public PostType getPost() {
        return post;
    }

    public AllowanceKind getKind() {
        return kind;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getDecision() {
        return decision;
    }

    /** The same across the province. */
    @Override
    public Place territory() {
        return null;
    }
}
