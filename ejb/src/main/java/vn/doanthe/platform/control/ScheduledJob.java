package vn.doanthe.platform.control;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A job every instance schedules on its own timer but whose work must be done once: a round locks
 * the job's row in {@code scheduled_job} for the rest of its transaction, so a round started at the
 * same moment on another instance waits for it, then finds nothing left to do.
 */
public final class ScheduledJob {

    private ScheduledJob() {
    }

    /** Locks the job's row until the transaction ends; an unknown job is a programming error. */
    public static void lock(EntityManager em, String job) {
        if (em.createNativeQuery("SELECT name FROM scheduled_job WHERE name = ?1 FOR UPDATE")
                .setParameter(1, job).getResultList().isEmpty()) {
            throw new IllegalStateException("Unknown scheduled job " + job);
        }
    }

    /** Records the round: when, on which instance, with what result. */
    public static void ran(EntityManager em, String job, String detail) {
        em.createNativeQuery("UPDATE scheduled_job SET last_run_at = ?1, last_instance = ?2, detail = ?3 WHERE name = ?4")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC)).setParameter(2, instance())
                .setParameter(3, detail).setParameter(4, job).executeUpdate();
    }

    /** This instance as an operator finds it: the JVM's name, process id at host. */
    public static String instance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
