package vn.doanthe.deployment;

/** An external command that failed or hung; the message carries its output, which says why. */
final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message);
    }
}
