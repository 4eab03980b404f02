package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything the registry holds about one person, for them (quyền truy cập dữ liệu của chủ thể):
 * their details unmasked, their memberships, transfers, and every recorded change; {@code records}
 * holds what other features keep of them, by part (a cadre's posts under {@code posts}).
 */
public record SubjectAccess(LocalDateTime takenAt, PersonView person, List<TransferView> transfers,
                            List<?> history, Map<String, List<?>> records) implements Serializable {
}
