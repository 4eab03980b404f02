package vn.doanthe.training.boundary;

import java.math.BigDecimal;

/** How a trainee did: attended, the test score (0 to 10), completed, their written reflection. */
public record EnrolmentResult(Boolean attended, BigDecimal score, Boolean completed, String reflection) {
}
