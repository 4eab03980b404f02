package vn.doanthe.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.logging.Logger;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.platform.control.LogText;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Unguarded;

/**
 * Failed logins and the temporary locks they cause: after {@value #MAX_FAILURES} failures for one
 * user name within {@link #WINDOW} it is locked for {@link #LOCK}, and the right password does not
 * help meanwhile. One client address failing more than {@value #MAX_FAILURES_PER_ADDRESS} times a
 * minute is slowed down whatever names it tries. Each failure is written in its own transaction, so
 * that the request failing cannot take the record of it along; the lock is an audit event (the
 * failed sign-in itself is one too, written by the authentication with its channel).
 */
@Unguarded("the login's own bookkeeping, before the caller is known")
@Stateless
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeRecorder auditTrail;

    /** Whether the name is locked now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isLocked(String username) {
        return !em.createNativeQuery("SELECT 1 FROM login_lock WHERE username = ? AND locked_until > ?")
                .setParameter(1, key(username)).setParameter(2, now())
                .getResultList().isEmpty();
    }

    /** Whether the address has failed so often in the last minute that it must wait. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isThrottled(String clientAddress) {
        if (clientAddress == null) {
            return false;
        }
        Number failures = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM login_failure WHERE client_address = ? AND at > ?")
                .setParameter(1, clientAddress).setParameter(2, now().minusMinutes(1)).getSingleResult();
        return failures.intValue() >= MAX_FAILURES_PER_ADDRESS;
    }

    /** Records a failure and locks the name when it was one too many. Returns whether it is now locked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failed(String username, String clientAddress) {
        String name = key(username);
        LocalDateTime now = now();
        em.createNativeQuery("INSERT INTO login_failure (username, client_address, at) VALUES (?, ?, ?)")
                .setParameter(1, name).setParameter(2, clientAddress).setParameter(3, now).executeUpdate();
        Number recent = (Number) em.createNativeQuery("SELECT COUNT(*) FROM login_failure WHERE username = ? AND at > ?")
                .setParameter(1, name).setParameter(2, now.minus(WINDOW)).getSingleResult();
        if (recent.intValue() < MAX_FAILURES || isLocked(name)) {
            return isLocked(name);
        }
        LocalDateTime until = now.plus(LOCK);
        em.createNativeQuery("INSERT INTO login_lock (username, locked_until) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE locked_until = VALUES(locked_until)")
                .setParameter(1, name).setParameter(2, until).executeUpdate();
        // The failures that led to the lock are spent: after it, five more are needed for the next one.
        em.createNativeQuery("DELETE FROM login_failure WHERE username = ?").setParameter(1, name).executeUpdate();
        auditTrail.event(anonymous(name, clientAddress), "ACCOUNT_LOCKED", "UserAccount", name + " until " + until + " UTC");
        LOG.warning(() -> "User name '" + LogText.of(name) + "' locked until " + until + " UTC after " + MAX_FAILURES
                + " failed logins, the last from " + clientAddress);
        return true;
    }

    /**
     * A successful login forgets the name's earlier failures. Every API request authenticates, so
     * this is no audit event (the console's sign-ins are) and writes only when there is something to forget.
     */
    public void succeeded(String username) {
        String name = key(username);
        Number failures = (Number) em.createNativeQuery("SELECT COUNT(*) FROM login_failure WHERE username = ?")
                .setParameter(1, name).getSingleResult();
        if (failures.intValue() > 0) {
            em.createNativeQuery("DELETE FROM login_failure WHERE username = ?").setParameter(1, name).executeUpdate();
        }
    }

    /** Lifts a lock and forgets the failures, as an administrator unlocking the account does. */
    public void clear(String username) {
        String name = key(username);
        em.createNativeQuery("DELETE FROM login_lock WHERE username = ?").setParameter(1, name).executeUpdate();
        em.createNativeQuery("DELETE FROM login_failure WHERE username = ?").setParameter(1, name).executeUpdate();
    }

    private static Caller anonymous(String username, String clientAddress) {
        return new Caller(null, username, Set.of(), null, Set.of(), clientAddress);
    }

    private static String key(String username) {
        String trimmed = username == null ? "" : username.trim();
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
