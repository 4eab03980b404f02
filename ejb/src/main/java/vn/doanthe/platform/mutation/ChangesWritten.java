package vn.doanthe.platform.mutation;

import java.util.List;

/**
 * Fired by the mutation path, inside the command's transaction, once its changes are in the
 * database and in the audit trail: what other features derive from the data (maintained counts)
 * is brought up to date from it before the transaction ends. Observers must not change audited
 * entities.
 */
public record ChangesWritten(List<EntityChange> changes) {
}
