package org.equalify.eqpdf.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** Clients tuned for tests: short waits so that retry scenarios finish in milliseconds. */
final class TestClients {

    static final String API_KEY = "test-key-123";

    static final RetryPolicy FAST = RetryPolicy.builder()
            .maxAttempts(4).initialDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(50))
            .maxRetryAfter(Duration.ofSeconds(5)).build();

    private TestClients() {
    }

    static EqpdfClient.Builder builder(FakeService service) {
        return builder(service.port());
    }

    static EqpdfClient.Builder builder(int port) {
        return EqpdfClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .apiKey(API_KEY)
                .retryPolicy(FAST)
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .maxPollInterval(Duration.ofMillis(100));
    }

    static EqpdfClient client(FakeService service) {
        return builder(service).build();
    }

    /** A loopback port that nothing listens on (at the time of the call). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
