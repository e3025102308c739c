package org.equalify.eqpdf.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.paginators.ListObjectsV2Iterable;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Storage on S3 (or an S3-compatible store): a temp bucket and a results bucket. Presigned GET URLs are
 * signed locally (no call to S3), so they can be regenerated whenever a client asks.
 * Errors are mapped to {@link StorageException} with {@code retriable} true for network errors, 5xx,
 * throttling and timeouts, false for 4xx such as AccessDenied.
 */
public final class S3Storage implements Storage {

    /** Connection settings. {@code endpoint} null means AWS itself; accessKey null means the default chain. */
    public record Settings(String region, URI endpoint, boolean pathStyle, String accessKey, String secretKey,
                           String tempBucket, String resultsBucket, Duration apiTimeout) {}

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String tempBucket;
    private final String resultsBucket;

    public S3Storage(S3Client s3, S3Presigner presigner, String tempBucket, String resultsBucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.tempBucket = tempBucket;
        this.resultsBucket = resultsBucket;
    }

    /** Builds the clients from settings. */
    public static S3Storage create(Settings s) {
        AwsCredentialsProvider creds = s.accessKey() == null || s.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKey(), s.secretKey()));
        S3Configuration cfg = S3Configuration.builder().pathStyleAccessEnabled(s.pathStyle()).build();
        var b = S3Client.builder().region(Region.of(s.region())).credentialsProvider(creds)
                .serviceConfiguration(cfg)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(s.apiTimeout()))
                // two attempts: the second covers a pooled keep-alive connection the server closed meanwhile (the JDK
                // cannot resend a streamed PUT itself); longer outages are the caller's to retry
                .overrideConfiguration(o -> o.apiCallTimeout(s.apiTimeout()).retryStrategy(r -> r.maxAttempts(2)));
        var p = S3Presigner.builder().region(Region.of(s.region())).credentialsProvider(creds).serviceConfiguration(cfg);
        if (s.endpoint() != null) {
            b.endpointOverride(s.endpoint());
            p.endpointOverride(s.endpoint());
        }
        return new S3Storage(b.build(), p.build(), s.tempBucket(), s.resultsBucket());
    }

    /** Creates both buckets when missing (for development and tests). */
    public void createBucketsIfMissing() throws StorageException {
        for (String bucket : List.of(tempBucket, resultsBucket)) {
            try {
                s3.headBucket(r -> r.bucket(bucket));
            } catch (S3Exception e) {
                if (e.statusCode() != 404) throw map("head bucket", e);
                try {
                    s3.createBucket(r -> r.bucket(bucket));
                } catch (SdkException e2) {
                    throw map("create bucket", e2);
                }
            } catch (SdkException e) {
                throw map("head bucket", e);
            }
        }
    }

    private String bucket(Area a) { return a == Area.TEMP ? tempBucket : resultsBucket; }

    @Override
    public void put(Area area, String key, InputStream in, long length, String contentType) throws StorageException {
        try {
            s3.putObject(r -> r.bucket(bucket(area)).key(key).contentType(contentType).contentLength(length),
                    RequestBody.fromInputStream(in, length));
        } catch (SdkException e) {
            throw map("put", e);
        }
    }

    @Override
    public Optional<InputStream> open(Area area, String key) throws StorageException {
        try {
            return Optional.of(s3.getObject(r -> r.bucket(bucket(area)).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return Optional.empty();
            throw map("get", e);
        } catch (SdkException e) {
            throw map("get", e);
        }
    }

    @Override
    public boolean exists(Area area, String key) throws StorageException {
        try {
            s3.headObject(r -> r.bucket(bucket(area)).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw map("head", e);
        } catch (SdkException e) {
            throw map("head", e);
        }
    }

    @Override
    public void delete(Area area, String key) throws StorageException {
        try {
            s3.deleteObject(r -> r.bucket(bucket(area)).key(key));
        } catch (SdkException e) {
            throw map("delete", e);
        }
    }

    @Override
    public int deletePrefix(Area area, String prefix) throws StorageException {
        List<StoredObject> all = list(area, prefix);
        for (int i = 0; i < all.size(); i += 1000) {
            List<ObjectIdentifier> ids = all.subList(i, Math.min(all.size(), i + 1000)).stream()
                    .map(o -> ObjectIdentifier.builder().key(o.key()).build()).toList();
            try {
                s3.deleteObjects(DeleteObjectsRequest.builder().bucket(bucket(area))
                        .delete(Delete.builder().objects(ids).quiet(true).build()).build());
            } catch (SdkException e) {
                throw map("delete", e);
            }
        }
        return all.size();
    }

    @Override
    public List<StoredObject> list(Area area, String prefix) throws StorageException {
        List<StoredObject> out = new ArrayList<>();
        try {
            ListObjectsV2Iterable pages = s3.listObjectsV2Paginator(r -> r.bucket(bucket(area)).prefix(prefix));
            for (S3Object o : pages.contents()) out.add(new StoredObject(o.key(), o.size(), o.lastModified()));
        } catch (SdkException e) {
            throw map("list", e);
        }
        return out;
    }

    @Override
    public Optional<URI> presignedGet(Area area, String key, Duration validFor) throws StorageException {
        try {
            var req = presigner.presignGetObject(r -> r.signatureDuration(validFor)
                    .getObjectRequest(g -> g.bucket(bucket(area)).key(key)));
            return Optional.of(req.url().toURI());
        } catch (SdkException | java.net.URISyntaxException e) {
            throw new StorageException("presign failed", false, e);
        }
    }

    @Override
    public void ping() throws StorageException {
        try {
            s3.headBucket(r -> r.bucket(resultsBucket));
        } catch (SdkException e) {
            throw map("ping", e);
        }
    }

    @Override
    public void close() {
        s3.close();
        presigner.close();
    }

    static StorageException map(String op, SdkException e) {
        boolean retriable;
        if (e instanceof S3Exception s) {
            int code = s.statusCode();
            String err = s.awsErrorDetails() == null ? "" : String.valueOf(s.awsErrorDetails().errorCode());
            retriable = code >= 500 || code == 429 || code == 408
                    || err.equals("SlowDown") || err.equals("RequestTimeout") || err.equals("InternalError");
            return new StorageException("S3 " + op + " failed (" + code + " " + err + ")", retriable, e);
        }
        retriable = e instanceof SdkClientException || e.retryable();
        return new StorageException("S3 " + op + " failed (" + e.getClass().getSimpleName() + ")", retriable, e);
    }
}
