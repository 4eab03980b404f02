package vn.doanthe.platform.access;

/**
 * The scope of a caller (see {@link Scope}), from their account. Implemented by the security
 * feature; each feature applies it to its own records through its scope policy.
 */
public interface Scopes {

    /** The scope of the current caller. */
    Scope current();

    /** The scope of this caller (an import's background job acts for the user who started it). */
    Scope of(Caller caller);
}
