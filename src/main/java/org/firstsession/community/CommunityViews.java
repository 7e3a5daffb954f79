package org.firstsession.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Request and response shapes of the questions-and-answers API. No public shape carries who asked:
 * the asker only sees {@code mine: true} on their own questions.
 */
public final class CommunityViews {

    private CommunityViews() {
    }

    /**
     * {@code title} 5-200 and {@code body} 1-5,000 characters after trimming (stored as sent);
     * {@code topic} a specialty code from {@code GET /api/taxonomy} or {@code general}.
     */
    public record AskRequest(@NotNull String title, @NotNull String body, @NotNull String topic) {
    }

    /** 1-5,000 characters after trimming, stored as sent. */
    public record AnswerRequest(@NotNull String body) {
    }

    /** A question in the public list: {@code preview} is the first 200 characters of the body. */
    public record QuestionSummary(UUID id, String topic, String title, String preview, long answerCount,
            boolean mine, Instant createdAt) {
    }

    /**
     * One question with its visible answers, oldest first. {@code hidden} is only present for admins,
     * who also see hidden questions and answers; {@code answerCount} counts the visible answers.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(UUID id, String topic, String title, String body, long answerCount, boolean mine,
            Instant createdAt, List<AnswerView> answers, Boolean hidden) {
    }

    /** An answer with the specialist who gave it; {@code hidden} is only present for admins. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerView(UUID id, UUID questionId, String body, UUID specialistId, String displayName,
            String professionalTitle, String profileUrl, Instant createdAt, Boolean hidden) {
    }
}
