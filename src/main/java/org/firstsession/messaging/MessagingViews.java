package org.firstsession.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Request and response shapes of the messaging API. */
public final class MessagingViews {

    private MessagingViews() {
    }

    /**
     * Opens (or continues) a conversation: a client names the {@code specialistId}; a specialist names
     * the {@code bookingId} of a client who booked them. Exactly one of the two.
     */
    public record StartRequest(UUID specialistId, UUID bookingId, @NotNull String text) {
    }

    public record SendRequest(@NotNull String text) {
    }

    /** Marks read up to and including {@code upToMessageId}; without it, everything so far. */
    public record ReadRequest(UUID upToMessageId) {
    }

    /** The other participant as the reader sees them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String displayName, UUID specialistId) {
    }

    /**
     * A conversation in my list. {@code role} is my side (CLIENT or SPECIALIST; ADMIN when an admin reads
     * a reported conversation); {@code blockedBy} is ME, THEM or null.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConversationView(UUID id, String role, Party otherParty, String lastMessagePreview,
            Instant lastMessageAt, long unreadCount, String blockedBy) {
    }

    /** {@code mine} is true for the reader's own messages. */
    public record MessageView(UUID id, String sender, boolean mine, String text, Instant sentAt) {
    }

    /** Newest first; pass {@code nextCursor} as {@code before} for older messages (null at the start). */
    public record MessagePage(List<MessageView> items, String nextCursor) {
    }

    public record Started(ConversationView conversation, MessageView message) {
    }

    /** A conversation with all its messages, as the personal-data export shows it. */
    public record ConversationExport(ConversationView conversation, List<MessageView> messages) {
    }

    public record Unread(long unread) {
    }
}
