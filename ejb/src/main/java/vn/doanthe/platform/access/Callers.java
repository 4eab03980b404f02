package vn.doanthe.platform.access;

/**
 * Who is calling: the signed-in user with their roles and scope, the caller a background job
 * acts for, or the system during start-up. Implemented by the security feature, which knows the
 * accounts; everything else asks here.
 */
public interface Callers {

    /** The caller of the current command or read; refused when nobody is signed in. */
    Caller current();
}
