package org.equalify.eqpdf.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.equalify.eqpdf.storage.Storage.Area;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** S3Storage against an in-process s3proxy on loopback (it checks SigV4 and presigned URLs). */
class S3StorageTest extends StorageContract {
    private static S3Proxy proxy;
    private static URI endpoint;

    @BeforeAll
    static void startS3() throws Exception {
        proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret-key-for-tests").build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) Thread.sleep(5);
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    @AfterAll
    static void stopS3() throws Exception { proxy.stop(); }

    private S3Storage storage;

    @Override
    Storage storage() {
        if (storage == null) {
            storage = S3Storage.create(settings("access", "secret-key-for-tests"));
            try {
                storage.createBucketsIfMissing();
            } catch (StorageException e) {
                throw new AssertionError(e);
            }
        }
        return storage;
    }

    private static S3Storage.Settings settings(String ak, String sk) {
        return new S3Storage.Settings("us-east-1", endpoint, true, ak, sk, "eqpdf-temp", "eqpdf-results", Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        if (storage != null) storage.close();
        storage = null;
    }

    @Test
    void presignedUrlDownloadsAndTamperingIsRefused() throws Exception {
        Storage s = storage();
        s.put(Area.RESULTS, "results/j/document.html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8), "text/html");
        URI url = s.presignedGet(Area.RESULTS, "results/j/document.html", Duration.ofDays(7)).orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertEquals("<p>hi</p>", ok.body());
        assertTrue(url.getQuery().contains("X-Amz-Expires=604800"));
        URI tampered = URI.create(url.toString().replace("document.html", "other.html"));
        assertEquals(403, http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void wrongSecretIsAPermanentError() {
        try (S3Storage bad = S3Storage.create(settings("access", "wrong"))) {
            // a GET: s3proxy refuses a bad signature before reading a PUT's body and may close the connection
            // while the client still sends it, which the client can only see as a (retriable) network error
            StorageException e = assertThrows(StorageException.class, () -> bad.read(Area.TEMP, "k"));
            assertFalse(e.retriable(), e.getMessage());
            assertTrue(e.getMessage().contains("403"), e.getMessage());
        }
    }

    @Test
    void unreachableEndpointIsRetriable() {
        var st = new S3Storage.Settings("us-east-1", URI.create("http://127.0.0.1:9"), true, "a", "b", "t", "r", Duration.ofSeconds(2));
        try (S3Storage down = S3Storage.create(st)) {
            StorageException e = assertThrows(StorageException.class, () -> down.put(Area.TEMP, "k", new byte[] {1}, "x"));
            assertTrue(e.retriable());
        }
    }
}
