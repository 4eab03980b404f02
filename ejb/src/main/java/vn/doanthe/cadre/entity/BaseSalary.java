package vn.doanthe.cadre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/** The base salary (lương cơ sở) from a day until the next one, as a decree set it. */
@Entity
@Table(name = "base_salary")
@NamedQuery(name = "BaseSalary.all", query = "select b from BaseSalary b order by b.from")
public class BaseSalary extends AuditedEntity {

    @Column(name = "valid_from", nullable = false)
    private LocalDate from;

    @Column(nullable = false, precision = 12)
    private BigDecimal amount;

    @Column(length = 100)
    private String decision;

    protected BaseSalary() {
    }

    public BaseSalary(LocalDate from, BigDecimal amount, String decision) {
        this.from = from;
        this.amount = amount;
        this.decision = decision;
    }

    public LocalDate getFrom() {
        return from;
    }

    public BigDecimal getAmount() {
        return amount;
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
