package org.firstsession.directory.opensearch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * The thread an indexer polls its outbox on, every {@code index-interval} (250 ms): Quarkus' scheduler runs
 * nothing more often than once a second, which with the push would not keep changes within 2 s. One thread
 * per indexer and instance; several instances share the work through the outbox claims. While OpenSearch is
 * down (or refusing) the rows stay queued and are retried: one warning a minute, not one stack trace per run.
 */
final class IndexPoller {

    private static final Logger LOG = Logger.getLogger(IndexPoller.class);
    private static final long OUTAGE_LOG_EVERY_MILLIS = 60_000;

    private final String threadName;
    private final String warning;
    private volatile long lastOutageLog;
    private ScheduledExecutorService executor;

    /** {@code warning} says what failed and where the changes wait; the failure's message follows it. */
    IndexPoller(String threadName, String warning) {
        this.threadName = threadName;
        this.warning = warning;
    }

    /** Runs {@code work} every {@code every}; {@code afterwards} runs after each attempt, failed or not. */
    synchronized void start(Duration every, Runnable work, Runnable afterwards) {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        executor.scheduleWithFixedDelay(() -> run(work, afterwards), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Shutdown: no new run starts (claimed work finishes or its lease expires for another instance). */
    synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(Runnable work, Runnable afterwards) {
        try {
            work.run();
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastOutageLog > OUTAGE_LOG_EVERY_MILLIS) {
                lastOutageLog = now;
                LOG.warn(warning + ": " + e.getMessage());
            }
        } finally {
            afterwards.run();
        }
    }
}
