package org.equalify.eqpdf.server.it;

import java.net.URI;

/**
 * The service load run against a server that is already running, from its own JVM:
 * {@code java -cp <test classpath> org.equalify.eqpdf.server.it.LoadMain http://127.0.0.1:9080 API_KEY [SECONDS [POLL_MS [SUBMIT_PAUSE_MS]]]}.
 * The key's rate limits must allow the load (see docs/SERVICE.md).
 */
public final class LoadMain {
    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LoadMain BASE_URL API_KEY [SECONDS [POLL_MS [SUBMIT_PAUSE_MS]]]");
            System.exit(2);
        }
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        long pollMs = args.length > 3 ? Long.parseLong(args[3]) : 1000;
        long submitPauseMs = args.length > 4 ? Long.parseLong(args[4]) : 0;
        System.out.println(LoadRun.run(URI.create(args[0]), args[1], seconds, java.time.Duration.ofMillis(pollMs),
                java.time.Duration.ofMillis(submitPauseMs)));
    }
}
