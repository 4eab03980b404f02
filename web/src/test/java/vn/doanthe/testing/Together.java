package vn.doanthe.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Calls sent at the same moment, as by several staff working on the same records. */
public final class Together {

    private Together() {
    }

    /** Starts every call once all are ready, and answers their replies in the order given. */
    @SafeVarargs
    public static List<Api.Reply> send(Supplier<Api.Reply>... calls) {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (Supplier<Api.Reply> call : calls) {
                replies.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.get();
                }));
            }
            List<Api.Reply> answered = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                answered.add(reply.get(120, TimeUnit.SECONDS));
            }
            return answered;
        } catch (Exception e) {
            throw new IllegalStateException("Concurrent calls did not complete", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
