package vn.doanthe.platform.person;

import java.util.Set;

/**
 * Memberships of some organisation units changed (joined, left, moved, their status changed), inside
 * the command that changed them: a feature that keeps figures of those units' rolls brings them in step.
 */
public record BranchRollsChanged(Set<Long> orgUnitIds) {
}
