package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doanthe.cadre.entity.AllowanceKind;
import vn.doanthe.cadre.entity.PostAllowance;

/** A post's rate for a period, as the console and the API show it. */
public record RateView(Long id, String post, String postName, String organisation, AllowanceKind kind,
                       BigDecimal coefficient, BigDecimal amount, LocalDate from, LocalDate to, String decision)
        implements Serializable {

    public static RateView of(PostAllowance a) {
        return new RateView(a.getId(), a.getPost().getCode(), a.getPost().getName(),
                a.getPost().getOrganisation().getCode(), a.getKind(), a.getCoefficient(), a.getAmount(), a.getFrom(),
                a.getTo(), a.getDecision());
    }
}
