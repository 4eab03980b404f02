package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doanthe.cadre.entity.BaseSalary;

/** The base salary from a day. */
public record BaseSalaryView(Long id, LocalDate from, BigDecimal amount, String decision) implements Serializable {

    public static BaseSalaryView of(BaseSalary b) {
        return new BaseSalaryView(b.getId(), b.getFrom(), b.getAmount(), b.getDecision());
    }
}
