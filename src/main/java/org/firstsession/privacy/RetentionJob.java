package org.firstsession.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.firstsession.shared.privacy.PersonalData;
import org.firstsession.shared.Draining;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps less: applies every feature's retention rules ({@link PersonalData#applyRetention}) hourly.
 * Each rule is idempotent, so it is safe on several instances.
 */
@ApplicationScoped
public class RetentionJob {

    private final List<PersonalData> contributions;

    RetentionJob(@All List<PersonalData> contributions) {
        this.contributions = contributions;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Draining.Skip.class)
    void scheduledRun() {
        purge();
    }

    /** Returns how many rows each rule touched, by rule name. */
    @Transactional
    public Map<String, Integer> purge() {
        Instant now = Instant.now();
        Map<String, Integer> counts = new LinkedHashMap<>();
        contributions.forEach(c -> counts.putAll(c.applyRetention(now)));
        return counts;
    }
}
