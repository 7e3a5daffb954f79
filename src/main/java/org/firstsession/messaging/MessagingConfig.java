package org.firstsession.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Messaging limits and notification timing under {@code firstsession.messaging.*}. */
@ConfigMapping(prefix = "firstsession.messaging")
public interface MessagingConfig {

    /** New conversations one client may open in 24 hours. */
    @WithDefault("10")
    int maxNewConversationsPerDay();

    /** Messages one account may send per minute, over all conversations. */
    @WithDefault("30")
    int maxMessagesPerMinute();

    /** At most one new-message email per conversation and recipient in this period. */
    @WithDefault("PT15M")
    Duration notifyThrottle();

    /** Unread messages wait this long before an email goes out, so a reader who is online gets none. */
    @WithDefault("PT1M")
    Duration notifyDelay();

    /** How often the notifier looks for unread messages (read by its @Scheduled). */
    @WithDefault("1m")
    String notifyInterval();
}
