package org.firstsession.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Request and response shapes of reports and the audit log. */
public final class ModerationViews {

    private ModerationViews() {
    }

    /** What a participant sends to report a conversation, a question or an answer. */
    public record ReportRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** What the reporter gets back. */
    public record ReportView(UUID id, String status, Instant createdAt) {
    }

    public record ResolveRequest(@Size(max = 1000) String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportItem(UUID id, String subjectType, UUID subjectId, String reason, String status,
            Instant createdAt, Instant resolvedAt) {
    }

    /** A report with the reported content, as an admin reads it (the read is audited). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportDetail(ReportItem report, List<ContentItem> content) {
    }

    /** A piece of reported content: a message of the conversation, or the question/answer text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContentItem(UUID id, String author, String text, Instant at) {
    }

    public record AuditEntry(long id, Instant at, String actorIssuer, String actorSubject, String action,
            String objectType, UUID objectId, String outcome, String detail) {
    }
}
