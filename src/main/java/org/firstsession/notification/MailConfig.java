package org.firstsession.notification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Outbox relay settings under {@code firstsession.mail.*}. */
@ConfigMapping(prefix = "firstsession.mail")
public interface MailConfig {

    /** Sender shown to recipients; also the domain of our Message-IDs and the invites' organizer. */
    String from();

    /** How often the relay looks for emails to send (read by OutboxRelay's @Scheduled). */
    String relayInterval();

    /** How often due reminders are queued (read by ReminderJob's @Scheduled). */
    @WithDefault("1m")
    String reminderInterval();

    /** Emails sent per relay run. */
    @WithDefault("20")
    int batchSize();

    /** First retry delay; doubles on every failed attempt. */
    @WithDefault("PT30S")
    Duration retryBase();

    /** Longest delay between two attempts. */
    @WithDefault("PT6H")
    Duration retryMax();

    /** After this many failed attempts an email is marked FAILED and no longer retried. */
    @WithDefault("10")
    int maxAttempts();

    /** How long a claimed email is reserved for the instance sending it before another may retry it. */
    @WithDefault("PT2M")
    Duration claimLease();

    /** The bare address of {@link #from()}. */
    default String fromAddress() {
        String from = from();
        int lt = from.indexOf('<');
        return lt >= 0 ? from.substring(lt + 1, from.indexOf('>', lt)) : from.trim();
    }

    /** The domain of our Message-IDs and calendar UIDs. */
    default String domain() {
        String address = fromAddress();
        return address.substring(address.indexOf('@') + 1);
    }
}
