package vn.doanthe.cadre.boundary;

import java.time.LocalDate;

/** The holder's last day in the post, and why they left (end of term, retirement, moved away). */
public record HoldingEnd(LocalDate on, String reason) {
}
