package org.equalify.eqpdf.server.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.equalify.eqpdf.storage.LocalStorage;
import org.equalify.eqpdf.storage.S3Storage;
import org.equalify.eqpdf.storage.Storage;

/** Builds the core Storage backend chosen by {@code eqpdf.storage.type} (local, the default, or s3). */
@ApplicationScoped
public class StorageProducer {

    @Produces
    @ApplicationScoped
    Storage storage(ServiceConfig cfg) {
        if ("s3".equalsIgnoreCase(cfg.storageType())) {
            return S3Storage.create(new S3Storage.Settings(cfg.s3Region(), cfg.s3Endpoint().orElse(null), cfg.s3PathStyle(),
                    cfg.s3AccessKey().orElse(null), cfg.s3SecretKey().orElse(null), cfg.s3TempBucket(), cfg.s3ResultsBucket(),
                    java.time.Duration.ofSeconds(10)));
        }
        return new LocalStorage(cfg.localStorageDir());
    }

    void close(@Disposes Storage s) { s.close(); }
}
