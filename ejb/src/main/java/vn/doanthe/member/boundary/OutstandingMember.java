package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A member rated "completed with excellence" (đoàn viên hoàn thành xuất sắc nhiệm vụ) and the branch's words. */
public record OutstandingMember(Long personId, String fullName, LocalDate birthDate, Long orgUnitId,
                                String orgUnitName, String comment) implements Serializable {
}
