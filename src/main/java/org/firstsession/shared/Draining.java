package org.firstsession.shared;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Graceful shutdown, first step: the moment the JVM is asked to stop (SIGTERM), scheduled jobs stop
 * claiming new work (emails, reminders, notifications, retention), while in-flight requests get
 * {@code quarkus.shutdown.timeout} to finish. Work a job has already claimed completes or, if the process
 * is killed, is picked up by another instance when its lease expires. Jobs opt in with
 * {@code @Scheduled(skipExecutionIf = Draining.Skip.class)}.
 */
@Singleton
public class Draining {

    private final AtomicBoolean draining = new AtomicBoolean();

    void watchShutdown(@Observes StartupEvent start) {
        // A JVM shutdown hook starts with the signal, before Quarkus waits for requests and stops beans.
        Runtime.getRuntime().addShutdownHook(new Thread(this::begin, "firstsession-draining"));
    }

    /** Quarkus is stopping (also in tests and dev mode, where the JVM stays): no job starts a new run. */
    void stopping(@Observes ShutdownEvent stop) {
        begin();
    }

    public void begin() {
        draining.set(true);
    }

    /** Only for tests that simulate a shutdown and go on. */
    public void end() {
        draining.set(false);
    }

    public boolean active() {
        return draining.get();
    }

    /** Skips a scheduled run once the shutdown has begun. */
    @Singleton
    public static class Skip implements Scheduled.SkipPredicate {

        private final Draining draining;

        Skip(Draining draining) {
            this.draining = draining;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return draining.active();
        }
    }
}
