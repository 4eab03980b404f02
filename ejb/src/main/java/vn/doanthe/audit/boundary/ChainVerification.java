package vn.doanthe.audit.boundary;

import java.io.Serializable;

/** The verification of the audit chain: intact after {@code checked} entries, or broken at an entry. */
public record ChainVerification(boolean intact, long checked, Long firstBrokenId) implements Serializable {
}
