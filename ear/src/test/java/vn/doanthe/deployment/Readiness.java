package vn.doanthe.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Waits for an address to answer 200. start-domain and deploy both return before the application
 * serves requests (404 or refused connections for some seconds), so the tests start only after this.
 */
final class Readiness {

    private static final Logger LOG = Logger.getLogger(Readiness.class.getName());
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private Readiness() {
    }

    static void await(URI address, Duration timeout, String whereToLook) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET().build();
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    LOG.info(() -> address + " answered after " + Duration.between(started, Instant.now()).toSeconds() + " s");
                    return;
                }
                lastAnswer = "HTTP " + status;
            } catch (IOException e) {
                lastAnswer = e.toString(); // not up yet: kept for the failure message
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + address, e);
            }
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException(String.format("%s did not answer 200 within %d s (last: %s); see %s",
                address, timeout.toSeconds(), lastAnswer, whereToLook));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the application", e);
        }
    }
}
