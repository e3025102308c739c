package org.equalify.eqpdf.server.work;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.equalify.eqpdf.server.config.ServiceConfig;

/**
 * Runs the CPU-heavy batch steps (PII scan, conversion stages) on a few dedicated threads of the lowest
 * priority, so that on a small machine the API keeps answering while documents convert. Liberty runs
 * batch steps on its default executor, the same threads that serve HTTP; their priority cannot be lowered
 * and raised again per step (raising needs root), so the work moves to threads that stay low.
 * With {@code -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19} (liberty-config's jvm.options)
 * these threads run at nice 19, and so do the tesseract processes they start; without the flags the JVM
 * ignores thread priorities and this is only a bound on concurrent CPU work.
 */
@ApplicationScoped
public class BackgroundCpu {
    @Resource ManagedThreadFactory threads;
    @Inject ServiceConfig cfg;

    private volatile ExecutorService pool;

    private ExecutorService pool() {
        ExecutorService p = pool;
        if (p != null) return p;
        synchronized (this) {
            if (pool == null) {
                AtomicInteger n = new AtomicInteger();
                pool = Executors.newFixedThreadPool(Math.max(1, cfg.workerThreads()), r -> {
                    Thread t = threads.newThread(r);
                    t.setName("eqpdf-cpu-" + n.incrementAndGet());
                    t.setPriority(Thread.MIN_PRIORITY);
                    t.setDaemon(true);
                    return t;
                });
            }
            return pool;
        }
    }

    /** Runs {@code work} on a background thread and waits for it; its exception comes back as thrown. */
    public <T> T call(Callable<T> work) throws Exception {
        Future<T> f = pool().submit(work);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        ExecutorService p = pool;
        if (p != null) p.shutdownNow();
    }
}
