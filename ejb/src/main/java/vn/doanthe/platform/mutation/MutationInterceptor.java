package vn.doanthe.platform.mutation;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Caller;

/**
 * Carries out a command: finds the caller, checks their role, runs the boundary method, writes the
 * changes to the database (so a broken constraint surfaces here, as a refusal the user can read)
 * and records them in the audit trail, then lets derived data (counts) follow, all inside the
 * boundary's transaction. A command called
 * from within another joins it.
 */
@Mutation(allowed = {}) // the binding; each boundary names its roles
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class MutationInterceptor {

    private static final Logger LOG = Logger.getLogger(MutationInterceptor.class.getName());
    private static final Pattern CONSTRAINT = Pattern.compile("(?:for key|constraint) [`'\"]?([\\w.]+)");

    @Inject
    Callers callers;

    @Inject
    ChangeRecorder auditTrail;

    @Inject
    Event<ChangesWritten> changesWritten;

    @AroundInvoke
    public Object carryOut(InvocationContext invocation) throws Exception {
        if (MutationContext.current().isPresent()) {
            return invocation.proceed();
        }
        Caller caller = callers.current();
        Mutation mutation = declaration(invocation);
        if (!caller.hasAnyRole(mutation.allowed())) {
            LOG.warning(() -> "Refused " + invocation.getMethod().getName() + " to " + caller.username()
                    + ": role not allowed");
            throw new AccessDenied("error.accessDenied");
        }
        MutationContext context = MutationContext.open(caller);
        try {
            Object result = invocation.proceed();
            List<EntityChange> changes = auditTrail.record(context, invocation.getTarget().getClass(),
                    invocation.getMethod().getName());
            if (!changes.isEmpty()) {
                changesWritten.fire(new ChangesWritten(changes));
            }
            return result;
        } catch (OptimisticLockException e) {
            throw new Conflict(null, "error.conflict.stale");
        } catch (PersistenceException e) {
            if (DatabaseRefusal.isConcurrent(e)) {
                throw collided(invocation, caller, e);
            }
            if (DatabaseRefusal.isConstraint(e)) {
                // The database's message quotes the duplicate value (a CCCD): only the constraint is logged.
                LOG.info(() -> "Refused a change that breaks the database constraint " + constraintOf(e));
                throw new Conflict(null, DatabaseRefusal.isDuplicate(e) ? "error.conflict.duplicate"
                        : "error.conflict.constraint");
            }
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseRefusal.isConcurrent(e)) { // met on the audit trail's own JDBC statements
                throw collided(invocation, caller, e);
            }
            throw e;
        } finally {
            context.close();
        }
    }

    /**
     * Two commands locked the same rows in opposite orders, or one waited too long for the other:
     * the database rolled this one back. Nothing of it was written.
     */
    private static Conflict collided(InvocationContext invocation, Caller caller, RuntimeException e) {
        LOG.info(() -> "Refused " + invocation.getMethod().getName() + " of " + caller.username()
                + ": it collided with a concurrent command (" + DatabaseRefusal.describe(e) + ")");
        return new Conflict(null, "error.conflict.concurrent");
    }

    private static Mutation declaration(InvocationContext invocation) {
        Mutation onMethod = invocation.getMethod().getAnnotation(Mutation.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Class<?> c = invocation.getMethod().getDeclaringClass(); c != null; c = c.getSuperclass()) {
            Mutation onClass = c.getAnnotation(Mutation.class);
            if (onClass != null) {
                return onClass;
            }
        }
        throw new IllegalStateException("No @Mutation on " + invocation.getMethod());
    }

    /** The name of the broken constraint ("for key 'ux_person_national_id'"), never the value. */
    static String constraintOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher key = CONSTRAINT.matcher(String.valueOf(t.getMessage()));
            if (t instanceof SQLIntegrityConstraintViolationException && key.find()) {
                return key.group(1);
            }
        }
        return "(unnamed)";
    }
}
