package vn.doanthe.platform.mutation;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

/**
 * What the database's refusal of a write means for the user. MariaDB reports a deadlock as error
 * 1213 and a lock it waited too long for as 1205; both roll the statement (a deadlock the whole
 * transaction) back, and both mean "someone else was changing the same records": the command can
 * be tried again. A broken key or check is a conflict with the data as it is.
 */
final class DatabaseRefusal {

    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DUPLICATE_KEY = 1062;

    private DatabaseRefusal() {
    }

    static boolean isConcurrent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    static boolean isConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }

    /** The error's code and state, never its message (which may quote a CCCD). */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "error " + sql.getErrorCode() + ", state " + sql.getSQLState();
            }
        }
        return e.getClass().getSimpleName();
    }
}
