package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.cadre.entity.AllowanceKind;

/**
 * A month's sheet of what the hamlet posts of a place are paid (bảng chi phụ cấp, hỗ trợ): who,
 * which post, how many days of the month they held it, and the amount in đồng.
 */
public record AllowanceSheet(String unit, String place, String month, int daysInMonth, List<Row> rows,
                             BigDecimal total) implements Serializable {

    /** One holder of one paid post; the rate is the one in force on the last day paid. */
    public record Row(Long personId, String fullName, LocalDate birthDate, String post, String postName,
                      String orgUnitName, String hamlet, AllowanceKind kind, BigDecimal coefficient,
                      BigDecimal rateAmount, int days, BigDecimal amount) implements Serializable {
    }
}
