package org.equalify.eqpdf.client;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkResolutionTest {

    private static Transport transport(String base) {
        return new Transport(null, URI.create(base), "k", Duration.ofSeconds(1), RetryPolicy.none(), "test");
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost:9080/,       /api/v1/documents/j/files/html,  http://localhost:9080/api/v1/documents/j/files/html",
        "http://localhost:9080/,       api/v1/x?y=1,                    http://localhost:9080/api/v1/x?y=1",
        "https://h.edu/eqpdf/,         /api/v1/x,                       https://h.edu/eqpdf/api/v1/x",
        "https://h.edu/eqpdf/,         /eqpdf/api/v1/x,                 https://h.edu/eqpdf/api/v1/x",
        "https://h.edu/eqpdf/,         /api/v1/x?a=b#c,                 https://h.edu/eqpdf/api/v1/x?a=b#c",
        "https://h.edu/eqpdf/,         api/v1/x,                        https://h.edu/eqpdf/api/v1/x",
        "https://h.edu/eqpdf/,         https://s3.example.com/b/k?sig=1, https://s3.example.com/b/k?sig=1",
        "https://h.edu/,               //cdn.example.com/x,             https://cdn.example.com/x"
    })
    void resolvesLinks(String base, String link, String expected) {
        assertEquals(URI.create(expected), transport(base).resolveLink(link));
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost:9080/x,  true",
        "HTTP://LOCALHOST:9080/y,  true",
        "http://localhost:9081/x,  false",
        "https://localhost:9080/x, false",
        "http://127.0.0.1:9080/x,  false",
        "http://evil.example/x,    false"
    })
    void comparesOrigins(String uri, boolean same) {
        assertEquals(same, transport("http://localhost:9080/").isServiceOrigin(URI.create(uri)));
    }

    @Test
    void defaultPortsCount() {
        assertTrue(Transport.sameOrigin(URI.create("https://h.edu/"), URI.create("https://h.edu:443/a")));
        assertTrue(Transport.sameOrigin(URI.create("http://h.edu:80/"), URI.create("http://h.edu/a")));
        assertFalse(Transport.sameOrigin(URI.create("http://h.edu/"), URI.create("https://h.edu/")));
    }

    @Test
    void refusesBadLinks() {
        Transport t = transport("https://h.edu/");
        assertThrows(MalformedResponseException.class, () -> t.resolveLink(""));
        assertThrows(MalformedResponseException.class, () -> t.resolveLink("ftp://h.edu/x"));
        assertThrows(MalformedResponseException.class, () -> t.resolveLink("https://h.edu/a b"));
        assertThrows(MalformedResponseException.class, () -> t.resolveLink("data:text/html,hi"));
    }

    @Test
    void messagesHideSecrets() {
        assertEquals("https://h.edu/api/v1/approval/***/review",
                Transport.redact(URI.create("https://h.edu/api/v1/approval/s3cr3t/review")));
        assertEquals("https://s3.example.com:9000/b/k",
                Transport.redact(URI.create("https://user:pw@s3.example.com:9000/b/k?X-Amz-Signature=abc")));
    }

    @Test
    void encodesPathSegments() {
        assertEquals("abc-123_~.x", EqpdfClient.segment("abc-123_~.x", "id"));
        assertEquals("a%2Fb%3F%20%C3%A9", EqpdfClient.segment("a/b? \u00e9", "id"));
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.segment("..", "id"));
        assertThrows(IllegalArgumentException.class, () -> EqpdfClient.segment(" ", "id"));
        assertThrows(NullPointerException.class, () -> EqpdfClient.segment(null, "id"));
    }
}
