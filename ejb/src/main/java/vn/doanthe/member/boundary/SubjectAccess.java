package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the registry holds about one person, for them (quyền truy cập dữ liệu của chủ thể):
 * their details unmasked, their memberships, transfers, and every recorded change.
 */
public record SubjectAccess(LocalDateTime takenAt, PersonView person, List<TransferView> transfers,
                            List<?> history) implements Serializable {
}
