package vn.doanthe.cadre.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doanthe.cadre.entity.AllowanceKind;

/** What a post is paid a month from a day: a coefficient of the base salary or an amount, not both. */
public record NewRate(String post, AllowanceKind kind, BigDecimal coefficient, BigDecimal amount, LocalDate from,
                      String decision) {
}
