package vn.doanthe.bench;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.doanthe.audit.control.AuditTrail;
import vn.doanthe.platform.mutation.MutationContext;

/**
 * The benchmark's own view of {@link AuditTrail#record}, added to the application only in the
 * benchmark's WAR (a CDI extension binds an interceptor to that one method): it adds up the time
 * spent there and, when told to, skips the audit write and does only what the command needs
 * without it (flush its changes, hand them on to what observes them, forget them). The application itself has no switch that turns
 * auditing off.
 */
public final class AuditRecordTimer {

    private static final AtomicLong NANOS = new AtomicLong();
    private static final AtomicLong CALLS = new AtomicLong();
    private static volatile boolean skipping;

    private AuditRecordTimer() {
    }

    static void reset(boolean skip) {
        skipping = skip;
        NANOS.set(0);
        CALLS.set(0);
    }

    static long nanos() {
        return NANOS.get();
    }

    static long calls() {
        return CALLS.get();
    }

    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Timed {

        final class Literal extends AnnotationLiteral<Timed> implements Timed {
            static final Literal INSTANCE = new Literal();
        }
    }

    @Timed
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    public static class TimingInterceptor {

        @PersistenceContext
        EntityManager em;

        @AroundInvoke
        public Object time(InvocationContext invocation) throws Exception {
            long started = System.nanoTime();
            try {
                if (skipping) {
                    // What the command still owes without its entries: its writes, and the changes
                    // handed on to the maintained counts.
                    em.flush();
                    MutationContext context = (MutationContext) invocation.getParameters()[0];
                    List<?> changes = List.copyOf(context.changes());
                    context.clearChanges();
                    return changes;
                }
                return invocation.proceed();
            } finally {
                NANOS.addAndGet(System.nanoTime() - started);
                CALLS.incrementAndGet();
            }
        }
    }

    /** Binds {@link TimingInterceptor} to {@code AuditTrail.record}. */
    public static class Binding implements jakarta.enterprise.inject.spi.Extension {

        void bind(@Observes ProcessAnnotatedType<AuditTrail> type) {
            type.configureAnnotatedType().filterMethods(m -> m.getJavaMember().getName().equals("record"))
                    .forEach(m -> m.add(Timed.Literal.INSTANCE));
        }
    }
}
