package vn.doanthe.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/** Waits for a state the application reaches in the background (never for a time): looks again until it holds. */
public final class Eventually {

    private Eventually() {
    }

    /** Returns once {@code state} holds; fails, naming {@code what}, when it still does not after 120 s. */
    public static void until(String what, BooleanSupplier state) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!state.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Still not so after 120 s: " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
