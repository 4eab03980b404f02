package vn.doanthe.bench;

import java.util.Arrays;

/** Times a call many times after a warm-up and summarises the durations (milliseconds). */
record Timings(int count, double p50, double p95, double max, double mean) {

    interface Call {
        void run(int repetition) throws Exception;
    }

    /**
     * Runs {@code call} half of {@code repetitions} times to warm up (fewer, at least 2, past a third
     * of {@code budgetSeconds}), then {@code repetitions} times timed, or fewer (at least 5) when the
     * timed runs pass {@code budgetSeconds}. Half: a call cycling through up to that many samples
     * meets each once before it is timed, so that the application and the hand-written SQL after it
     * are timed on the same pages in the buffer pool (the SQL would otherwise find warm what the
     * application met cold).
     */
    static Timings of(int repetitions, int budgetSeconds, Call call) throws Exception {
        long warmUpEnd = System.nanoTime() + budgetSeconds * 1_000_000_000L / 3;
        int warmUp = 0;
        while (warmUp < Math.max(2, repetitions / 2) && (warmUp < 2 || System.nanoTime() < warmUpEnd)) {
            call.run(warmUp++);
        }
        double[] all = new double[repetitions];
        long deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        int done = 0;
        while (done < repetitions && (done < 5 || System.nanoTime() < deadline)) {
            long started = System.nanoTime();
            call.run(warmUp + done);
            all[done++] = (System.nanoTime() - started) / 1e6;
        }
        double[] millis = Arrays.copyOf(all, done);
        Arrays.sort(millis);
        return summary(millis);
    }

    /** The summary of durations measured elsewhere (milliseconds, sorted, at least one). */
    static Timings summary(double[] sortedMillis) {
        return new Timings(sortedMillis.length, percentile(sortedMillis, 50), percentile(sortedMillis, 95),
                sortedMillis[sortedMillis.length - 1], Arrays.stream(sortedMillis).average().orElse(0));
    }

    /** Seconds an application call runs untimed first, so that it is timed compiled, as in a server that has run for a while. */
    static final int COMPILE_SECONDS = Integer.getInteger("bench.compileSeconds", 20);

    /**
     * {@link #of} for a call through the application, after calling it for {@code bench.compileSeconds} (20)
     * ({@code -Dbench.compileSeconds}): on two cores the JIT compiler's threads otherwise take
     * a core from the database during the first minute of a path, and the first figures measure the
     * compiler more than the application.
     */
    static Timings ofApplication(int repetitions, int budgetSeconds, Call call) throws Exception {
        long end = System.nanoTime() + COMPILE_SECONDS * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            call.run(i);
        }
        return of(repetitions, budgetSeconds, call);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** "p50 / p95 / max" in milliseconds, as the results table shows them. */
    String cell() {
        return format(p50) + " / " + format(p95) + " / " + format(max);
    }

    private static String format(double millis) {
        return millis < 10 ? String.format("%.2f", millis) : String.format("%,.0f", millis);
    }
}
