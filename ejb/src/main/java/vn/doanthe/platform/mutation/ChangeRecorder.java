package vn.doanthe.platform.mutation;

import java.util.List;
import vn.doanthe.platform.access.Caller;

/**
 * Where the mutation path records what a command changed, and where features record the events
 * that change no entity (a bulk load, a login, an export). Implemented by the audit trail; the
 * platform and the features know only this.
 */
public interface ChangeRecorder {

    /**
     * Writes the command's changes to the database (a broken constraint surfaces here, inside the
     * command) and then records each entity changed, with the fields whose values changed.
     *
     * @return the changes written
     */
    List<EntityChange> record(MutationContext context, Class<?> boundary, String method);

    /** An event that is not a change of one entity, recorded with the caller's transaction. */
    void event(Caller caller, String action, String entityType, String detail);

    /**
     * An event committed at once, in a transaction of its own: it stays recorded whatever happens
     * after it (a download begins here and may be cut midway).
     */
    void eventStarting(Caller caller, String action, String entityType, String detail);
}
