package org.firstsession.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Messaging limits and notification timing under {@code firstsession.messaging.*}. */
@ConfigMapping(prefix = "firstsession.messaging")
public interface MessagingConfig {

    /** New conversations one client may open in 24 hours. */
    int maxNewConversationsPerDay();

    /** Messages one account may send per minute, over all conversations. */
    int maxMessagesPerMinute();

    /** At most one new-message email per conversation and recipient in this period. */
    Duration notifyThrottle();

    /** Unread messages wait this long before an email goes out, so a reader who is online gets none. */
    Duration notifyDelay();

    /** How often the notifier looks for unread messages (read by its @Scheduled). */
    @WithDefault("1m")
    String notifyInterval();
}
