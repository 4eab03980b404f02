package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.cadre.control.HoldingScope;
import vn.doanthe.cadre.entity.BaseSalary;
import vn.doanthe.cadre.entity.PostAllowance;
import vn.doanthe.cadre.entity.PostHolding;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The monthly sheet of a commune (or any place) that staff file for payment: every holder of a
 * paid post in the units of the place the caller sees. A month is paid by the day: each day the
 * post was held counts one day's share of that day's monthly rate (a successor taking over on the
 * 16th is paid from the 16th, the predecessor until the 15th); the sum is rounded to the đồng.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class AllowanceSheets {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    @Inject
    PlaceInScope places;

    @Inject
    ChangeRecorder auditTrail;

    public AllowanceSheet sheet(String unit, YearMonth month) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        refusals.required("unit", unit == null || unit.isBlank() ? null : unit);
        refusals.required("month", month);
        YearMonth now = YearMonth.from(VietnamTime.today());
        if (month != null && month.isAfter(now)) {
            refusals.refuse("month", "cadre.error.futureMonth", now.getMonthValue(), now.getYear());
        }
        refusals.throwIfAny();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        AdminUnit place = places.place(scope, unit, last);
        Where paid = Where.of("h.from <= :last and (h.to is null or h.to >= :first) and exists (select a.id from"
                        + " PostAllowance a where a.post = h.post and a.from <= :last and (a.to is null or a.to >= :first))",
                        Map.of("first", first, "last", last))
                .and(HoldingScope.holding(scope, "h"))
                .and(Where.subtree("h.unit.adminUnit", "place", place.getId(), place.subtreePath()));
        List<PostHolding> holdings = paid.bind(em.createQuery("select h from PostHolding h join fetch h.person"
                + " join fetch h.post join fetch h.unit where " + paid.jpql(), PostHolding.class)).getResultList();
        Map<Long, List<PostAllowance>> rates = em.createNamedQuery("PostAllowance.all", PostAllowance.class)
                .getResultStream().collect(Collectors.groupingBy(a -> a.getPost().getId()));
        List<BaseSalary> salaries = em.createNamedQuery("BaseSalary.all", BaseSalary.class).getResultList();
        Collator vietnamese = Collator.getInstance(VIETNAMESE);
        holdings.sort(Comparator.comparing((PostHolding h) -> h.getUnit().getAdminUnit().getName(), vietnamese)
                .thenComparing(h -> h.getUnit().getName(), vietnamese)
                .thenComparingInt(h -> h.getPost().getSortOrder())
                .thenComparing(h -> h.getPerson().getGivenName(), vietnamese)
                .thenComparing(h -> h.getPerson().getFamilyName(), vietnamese)
                .thenComparing(PostHolding::getFrom));
        List<AllowanceSheet.Row> rows = new ArrayList<>();
        for (PostHolding holding : holdings) {
            AllowanceSheet.Row row = row(holding, month, rates.getOrDefault(holding.getPost().getId(), List.of()),
                    salaries);
            if (row.days() > 0) {
                rows.add(row);
            }
        }
        BigDecimal total = rows.stream().map(AllowanceSheet.Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AllowanceSheet(place.getCode(), place.described(), month.toString(), month.lengthOfMonth(), rows, total);
    }

    /** The sheet as a file to file for payment; it names persons, so its issue is recorded, committed at once. */
    public AllowanceSheet export(String unit, YearMonth month) {
        AllowanceSheet sheet = sheet(unit, month);
        auditTrail.eventStarting(callers.current(), "EXPORT", "PostHolding", "allowance sheet unit=" + sheet.unit()
                + " month=" + sheet.month() + " rows=" + sheet.rows().size());
        return sheet;
    }

    /** The holder's pay for the month, from the rates of the holding's post. */
    private static AllowanceSheet.Row row(PostHolding holding, YearMonth month, List<PostAllowance> rates,
                                          List<BaseSalary> salaries) {
        LocalDate from = holding.getFrom().isAfter(month.atDay(1)) ? holding.getFrom() : month.atDay(1);
        LocalDate to = holding.getTo() == null || holding.getTo().isAfter(month.atEndOfMonth())
                ? month.atEndOfMonth() : holding.getTo();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal length = BigDecimal.valueOf(month.lengthOfMonth());
        PostAllowance lastRate = null;
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            PostAllowance rate = rateOn(rates, day);
            if (rate == null) {
                continue;
            }
            BigDecimal base = rate.getCoefficient() == null ? BigDecimal.ZERO : baseSalaryOn(salaries, day);
            sum = sum.add(rate.monthlyOn(base).divide(length, 10, RoundingMode.HALF_UP));
            lastRate = rate;
            days++;
        }
        return new AllowanceSheet.Row(holding.getPerson().getId(), holding.getPerson().getFullName(),
                holding.getPerson().getBirthDate(), holding.getPost().getCode(), holding.getPost().getName(),
                holding.getUnit().getName(), holding.getUnit().getAdminUnit().described(),
                lastRate == null ? null : lastRate.getKind(), lastRate == null ? null : lastRate.getCoefficient(),
                lastRate == null ? null : lastRate.getAmount(), days, sum.setScale(0, RoundingMode.HALF_UP));
    }

    private static PostAllowance rateOn(List<PostAllowance> rates, LocalDate day) {
        return rates.stream().filter(r -> r.isValidOn(day)).findFirst().orElse(null);
    }

    private static BigDecimal baseSalaryOn(List<BaseSalary> salaries, LocalDate day) {
        BaseSalary inForce = null;
        for (BaseSalary salary : salaries) {
            if (!salary.getFrom().isAfter(day)) {
                inForce = salary;
            }
        }
        if (inForce == null) {
            throw new Conflict("month", "cadre.error.noBaseSalary", day);
        }
        return inForce.getAmount();
    }
}
