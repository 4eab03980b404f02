package vn.doanthe.platform.person;

/**
 * Two records of one person become one (gộp hồ sơ trùng): fired by the registry inside the merge
 * command, after its checks and before the merged record is deleted. Each feature that keeps
 * records of persons moves its records of {@code mergedId} to {@code keptId} (or refuses the merge
 * by throwing a domain refusal), through its entities, so that the audit trail sees every change.
 */
public record PersonMerging(long keptId, long mergedId) {
}
