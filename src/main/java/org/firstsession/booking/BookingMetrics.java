package org.firstsession.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Booking counters for the operator ({@code firstsession_bookings_*_total{actor}}), counted when the
 * transaction commits, so a rolled-back booking (a lost race) is never counted as made.
 */
@ApplicationScoped
public class BookingMetrics {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    BookingMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    void created(String actor) {
        afterCommit("firstsession.bookings.created", "Free consultations booked", actor);
    }

    void cancelled(Booking.CancelledBy by) {
        afterCommit("firstsession.bookings.cancelled", "Bookings cancelled", by.name().toLowerCase());
    }

    void rescheduled(String actor) {
        afterCommit("firstsession.bookings.rescheduled", "Bookings moved to another slot", actor);
    }

    /** A booking refused because of the state of the world (409), by problem type (slot-taken, ...). */
    void conflict(String type) {
        Counter.builder("firstsession.booking.conflicts").tag("type", type)
                .description("Booking requests refused with 409, by problem type").register(registry).increment();
    }

    private void afterCommit(String name, String description, String actor) {
        Counter counter = Counter.builder(name).tag("actor", actor).description(description).register(registry);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
