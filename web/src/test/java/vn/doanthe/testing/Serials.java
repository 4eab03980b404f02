package vn.doanthe.testing;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serials for the test CCCDs of one run (the last six digits), never the same twice in a JVM: taken
 * in turn from a random start, where serials from the clock could repeat and make two tests'
 * persons one duplicate. (The server's JVM and the client's start apart at random.)
 */
public final class Serials {

    private static final int BOUND = 1_000_000;
    private static final AtomicInteger NEXT = new AtomicInteger(new SecureRandom().nextInt(BOUND / 2));

    private Serials() {
    }

    /** A serial no other call in this JVM returns. */
    public static int next() {
        return block(1);
    }

    /** The first of {@code count} consecutive serials that no other call in this JVM returns. */
    public static int block(int count) {
        while (true) {
            int start = NEXT.getAndAdd(count);
            if (start + count <= BOUND) {
                return start;
            }
            NEXT.compareAndSet(start + count, 0);
        }
    }
}
