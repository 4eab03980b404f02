package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.cadre.control.WholeProvince;
import vn.doanthe.cadre.entity.AllowanceKind;
import vn.doanthe.cadre.entity.BaseSalary;
import vn.doanthe.cadre.entity.PostAllowance;
import vn.doanthe.cadre.entity.PostType;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.territory.entity.AdminLevel;

/**
 * What hamlet posts are paid (phụ cấp, hỗ trợ), as the province decided, period by period, and
 * the base salary the coefficients multiply. A new rate of a post ends its current one the day
 * before; the past is never rewritten, so a month's sheet comes out the same when printed again.
 * At most three hamlet posts draw an allowance (Decree 33/2023/NĐ-CP, art. 13).
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Allowances {

    /** Decree 33/2023/NĐ-CP: the Party cell secretary, the hamlet head, the head of the Front work committee. */
    static final int HAMLET_ALLOWANCES = 3;
    private static final BigDecimal HIGHEST_COEFFICIENT = new BigDecimal("10");
    private static final BigDecimal HIGHEST_AMOUNT = new BigDecimal("100000000");

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    WholeProvince wholeProvince;

    /** Every rate, current and past, by organisation and post, latest first. */
    public List<RateView> rates() {
        return em.createNamedQuery("PostAllowance.all", PostAllowance.class).getResultStream().map(RateView::of).toList();
    }

    public RateView rate(Long id) {
        PostAllowance rate = id == null ? null : em.find(PostAllowance.class, id);
        if (rate == null) {
            throw new RecordNotFound("id", "cadre.error.rateNotFound", id);
        }
        return RateView.of(rate);
    }

    public List<BaseSalaryView> baseSalaries() {
        return em.createNamedQuery("BaseSalary.all", BaseSalary.class).getResultStream().map(BaseSalaryView::of).toList();
    }

    @Mutation(allowed = Role.ADMIN)
    public RateView setRate(@NotNull NewRate rate) {
        wholeProvince.require(scopes.current(), "cadre.error.allowancesOfProvince");
        Refusals refusals = new Refusals();
        PostType post = refusals.check(() -> post(rate.post()));
        AllowanceKind kind = refusals.required("kind", rate.kind());
        LocalDate from = refusals.required("from", rate.from());
        String decision = refusals.check(() -> TextCheck.text("decision", rate.decision(), 100));
        if (rate.coefficient() == null && rate.amount() == null) {
            refusals.refuse("amount", "cadre.error.rateMissing");
        } else if (rate.coefficient() != null && rate.amount() != null) {
            refusals.refuse("amount", "cadre.error.rateTwice");
        }
        check(refusals, "coefficient", rate.coefficient(), HIGHEST_COEFFICIENT, 3);
        check(refusals, "amount", rate.amount(), HIGHEST_AMOUNT, 0);
        if (post != null && kind == AllowanceKind.ALLOWANCE && post.getUnitType().getAdminLevel() != AdminLevel.HAMLET) {
            refusals.refuse("kind", "cadre.error.allowanceOfHamletPost", post.getName());
        }
        refusals.throwIfAny();
        // The post's row is locked first: two administrators setting its rate at once are served
        // one after the other, so the second sees the first's rate (and ends it, or is refused).
        em.refresh(post, LockModeType.PESSIMISTIC_WRITE);
        List<PostAllowance> timeline = em.createNamedQuery("PostAllowance.ofPost", PostAllowance.class)
                .setParameter("post", post).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        PostAllowance current = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        if (current != null && !from.isAfter(current.getFrom())) {
            throw new Conflict("from", "cadre.error.rateBeforeCurrent", current.getFrom());
        }
        if (kind == AllowanceKind.ALLOWANCE) {
            refuseAFourthAllowance(post, from);
        }
        if (current != null && (current.getTo() == null || !current.getTo().isBefore(from))) {
            current.endBefore(from);
        }
        PostAllowance created = new PostAllowance(post, kind, rate.coefficient(), rate.amount(), from,
                decision == null || decision.isEmpty() ? null : decision);
        em.persist(created);
        em.flush();
        return RateView.of(created);
    }

    @Mutation(allowed = Role.ADMIN)
    public BaseSalaryView setBaseSalary(LocalDate from, BigDecimal amount, String decision) {
        wholeProvince.require(scopes.current(), "cadre.error.allowancesOfProvince");
        Refusals refusals = new Refusals();
        refusals.required("from", from);
        refusals.required("amount", amount);
        String symbol = refusals.check(() -> TextCheck.text("decision", decision, 100));
        check(refusals, "amount", amount, HIGHEST_AMOUNT, 0);
        if (amount != null && amount.signum() == 0) {
            refusals.refuse("amount", "cadre.error.amount", HIGHEST_AMOUNT);
        }
        refusals.throwIfAny();
        boolean taken = em.createQuery("select count(b) from BaseSalary b where b.from = :from", Long.class)
                .setParameter("from", from).getSingleResult() > 0;
        if (taken) {
            throw new Conflict("from", "cadre.error.baseSalaryTwice", from);
        }
        BaseSalary created = new BaseSalary(from, amount, symbol == null || symbol.isEmpty() ? null : symbol);
        em.persist(created);
        em.flush();
        return BaseSalaryView.of(created);
    }

    /**
     * Counts the hamlet posts paid an allowance from {@code from} on, this one included, under a
     * lock on the rates, so that two administrators adding the fourth at once are both counted.
     */
    private void refuseAFourthAllowance(PostType post, LocalDate from) {
        List<String> others = em.createQuery("""
                        select distinct a.post.name from PostAllowance a where a.kind = :kind and a.post <> :post
                        and (a.to is null or a.to >= :from)""", String.class)
                .setParameter("kind", AllowanceKind.ALLOWANCE).setParameter("post", post).setParameter("from", from)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (others.size() >= HAMLET_ALLOWANCES) {
            throw new Conflict("kind", "cadre.error.threeAllowances", String.join(", ", others));
        }
    }

    private PostType post(String code) {
        PostType post = code == null || code.isBlank() ? null : em.createNamedQuery("PostType.byCode", PostType.class)
                .setParameter("code", code.trim()).getResultStream().findFirst().orElse(null);
        if (post == null) {
            throw new InvalidInput("post", code == null || code.isBlank() ? "validation.required"
                    : "cadre.error.postNotFound", code);
        }
        return post;
    }

    private static void check(Refusals refusals, String field, BigDecimal value, BigDecimal highest, int decimals) {
        if (value != null && (value.signum() < 0 || value.compareTo(highest) > 0
                || value.stripTrailingZeros().scale() > decimals)) {
            refusals.refuse(field, "cadre.error." + field, highest);
        }
    }
}
