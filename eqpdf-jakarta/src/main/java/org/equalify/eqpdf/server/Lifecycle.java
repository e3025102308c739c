package org.equalify.eqpdf.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.equalify.eqpdf.server.config.ServiceConfig;
import org.equalify.eqpdf.server.maintenance.Maintenance;
import org.equalify.eqpdf.server.work.WorkDispatcher;

/** Starts the service: refuses unsafe settings, then starts the workers and the maintenance schedule. */
@ApplicationScoped
public class Lifecycle {
    private static final Logger LOG = Logger.getLogger(Lifecycle.class.getName());

    @Inject ServiceConfig cfg;
    @Inject WorkDispatcher dispatcher;
    @Inject Maintenance maintenance;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        cfg.validate();
        dispatcher.start();
        maintenance.start();
        LOG.info("eqpdf service started dev_mode=" + cfg.devMode() + " storage=" + cfg.storageType()
                + " key_prefix=" + cfg.keys().prefix());
    }
}
