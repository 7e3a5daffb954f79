package org.firstsession.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Request and response shapes of the admin API. */
public final class AdminViews {

    private AdminViews() {
    }

    /** Feature ({@code featured: true}, optionally until a time) or end the feature. */
    public record FeatureRequest(@NotNull Boolean featured, Instant until) {
    }

    public enum VerificationStatus { VERIFIED, REJECTED }

    public record VerificationRequest(@NotNull VerificationStatus status, @NotNull LocalDate checkedOn,
            LocalDate validUntil, @Size(max = 1000) String note) {
    }

    public record SuspendRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(String status, LocalDate checkedOn, LocalDate validUntil, String note) {
    }

    /**
     * One line of the admin work list. {@code flags} name what needs attention: "featured, no free
     * slots" and "re-verification due".
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AdminSpecialist(UUID id, String displayName, String status, boolean suspended,
            String suspensionReason, boolean featured, Instant featuredUntil, boolean verified,
            Verification verification, long openSlotsNext14Days, List<String> flags) {
    }

    public record WeekCount(LocalDate weekStart, long bookings) {
    }

    public record Stats(Map<String, Long> specialistsByStatus, long verified, long featured,
            long openSlotsNext14Days, List<WeekCount> bookingsPerWeek, double cancellationRate, double noShowRate,
            long outboxPending, long outboxFailed) {
    }
}
