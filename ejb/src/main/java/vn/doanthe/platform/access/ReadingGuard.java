package vn.doanthe.platform.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.logging.Logger;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;

/**
 * Refuses a read to a caller whose roles its {@link Reading} does not name, before the method runs.
 * A call made from within another boundary call or a command was let in there and is not asked
 * again; commands ({@code @Mutation}) and {@link Unguarded} methods pass through to their own checks.
 */
@Reading(allowed = {}) // the binding; each boundary names its roles
@Interceptor
@Priority(Interceptor.Priority.APPLICATION - 10)
public class ReadingGuard {

    private static final Logger LOG = Logger.getLogger(ReadingGuard.class.getName());
    private static final ThreadLocal<Boolean> LET_IN = new ThreadLocal<>();

    @Inject
    Callers callers;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        if (Boolean.TRUE.equals(LET_IN.get()) || MutationContext.current().isPresent()
                || method.isAnnotationPresent(Mutation.class) || method.isAnnotationPresent(Unguarded.class)) {
            return invocation.proceed();
        }
        Caller caller = callers.current();
        if (!caller.hasAnyRole(declaration(method).allowed())) {
            LOG.warning(() -> "Refused " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + " to "
                    + caller.username() + ": role not allowed");
            throw new AccessDenied("error.accessDenied");
        }
        LET_IN.set(Boolean.TRUE);
        try {
            return invocation.proceed();
        } finally {
            LET_IN.remove();
        }
    }

    private static Reading declaration(Method method) {
        Reading onMethod = method.getAnnotation(Reading.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Class<?> c = method.getDeclaringClass(); c != null; c = c.getSuperclass()) {
            Reading onClass = c.getAnnotation(Reading.class);
            if (onClass != null) {
                return onClass;
            }
        }
        throw new IllegalStateException("No @Reading on " + method);
    }
}
