package vn.doanthe.platform.mutation;

import vn.doanthe.platform.control.TextCheck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import vn.doanthe.platform.access.Caller;

/**
 * The command being carried out on this thread: who issued it, the request it belongs to, the
 * reason the user gave, and every entity change so far. Opened and closed by {@link
 * MutationInterceptor} only; start-up tasks open one as the system with {@link #asSystem}.
 */
public final class MutationContext {

    private static final ThreadLocal<MutationContext> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> SYSTEM = new ThreadLocal<>();
    private static final ThreadLocal<Caller> ON_BEHALF = new ThreadLocal<>();

    private final Caller caller;
    private final String requestId = UUID.randomUUID().toString();
    private final List<EntityChange> changes = new ArrayList<>();
    private final List<Act> acts = new ArrayList<>();
    /** The width of audit_entry.reason. */
    private static final int REASON_LENGTH = 500;

    private String reason;
    private boolean withoutOldValues;

    private MutationContext(Caller caller) {
        this.caller = caller;
    }

    static MutationContext open(Caller caller) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("A mutation is already open on this thread");
        }
        MutationContext context = new MutationContext(caller);
        CURRENT.set(context);
        return context;
    }

    void close() {
        CURRENT.remove();
    }

    public static Optional<MutationContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The open mutation; a change of {@code entity} without one is a programming error, refused. */
    static MutationContext required(Object entity) {
        MutationContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("Change of " + entity.getClass().getSimpleName()
                    + " outside the mutation path: mark the boundary method @Mutation");
        }
        return context;
    }

    /** Runs a start-up task whose commands are issued by the system rather than a user. */
    public static <T> T asSystem(Supplier<T> task) {
        SYSTEM.set(Boolean.TRUE);
        try {
            return task.get();
        } finally {
            SYSTEM.remove();
        }
    }

    /**
     * Runs background work a user ordered (an import carried on after their request ended) with
     * that user as the caller of its commands, so roles are checked and the audit names them.
     */
    public static <T> T onBehalfOf(Caller caller, Supplier<T> task) {
        Caller outer = ON_BEHALF.get();
        ON_BEHALF.set(caller);
        try {
            return task.get();
        } finally {
            if (outer == null) {
                ON_BEHALF.remove();
            } else {
                ON_BEHALF.set(outer); // nested: the outer work goes on for its own user
            }
        }
    }

    /** The user background work on this thread is done for, if any. */
    public static Optional<Caller> delegatingCaller() {
        return Optional.ofNullable(ON_BEHALF.get());
    }

    public static boolean systemTaskRunning() {
        return Boolean.TRUE.equals(SYSTEM.get());
    }

    public Caller caller() {
        return caller;
    }

    public String requestId() {
        return requestId;
    }

    public String reason() {
        return reason;
    }

    /**
     * The reason the user gave for the command (a form asks for one where the law expects it),
     * checked and tidied here for every command: it is stored in the audit trail, at most 500
     * characters.
     */
    public void reason(String reason) {
        this.reason = TextCheck.text("reason", reason, REASON_LENGTH);
    }

    /**
     * The command erases personal data (anonymisation): its entries record that fields changed
     * and their new values, not the values erased.
     */
    public void withoutOldValues() {
        this.withoutOldValues = true;
    }

    public boolean recordsOldValues() {
        return !withoutOldValues;
    }

    /**
     * Something the command did that changes no entity but is recorded: a disclosure of personal
     * data, a merge. {@code subject} is the entity it concerns, if any: its entry names that
     * entity's territorial unit, as a change of it would.
     */
    public record Act(String action, String entityType, String entityId, String detail, AuditedEntity subject) {
    }

    /** Records an act of this command, written to the audit trail with its changes. */
    public void act(String action, String entityType, Object entityId, String detail) {
        acts.add(new Act(action, entityType, entityId == null ? null : entityId.toString(), detail, null));
    }

    /** Records an act concerning one entity, written to the audit trail with its changes. */
    public void act(String action, AuditedEntity subject, String detail) {
        acts.add(new Act(action, subject.getClass().getSimpleName(), subject.getId().toString(), detail, subject));
    }

    public List<Act> acts() {
        return Collections.unmodifiableList(acts);
    }

    void record(EntityChange change) {
        changes.add(change);
    }

    /** The changes recorded so far and not yet written to the audit trail. */
    public List<EntityChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** Called by the audit trail once it has written the changes. */
    public void clearChanges() {
        changes.clear();
        acts.clear();
    }
}
