package org.firstsession.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Request and response shapes of the articles API. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /**
     * An article as its author writes it. A draft may leave any field out; what is sent must be valid:
     * {@code title} 5-200, {@code summary} ≤300, {@code body} (Markdown) 1-50,000 characters after
     * trimming, stored exactly as sent; {@code topics} 1-3 specialty codes; {@code references} ≤50.
     */
    public record ArticleRequest(String title, String summary, String body, List<String> topics,
            List<ArticleReference> references) {
    }

    /** Who wrote it, with a link to their public profile. */
    public record Author(UUID specialistId, String displayName, String professionalTitle, String profileUrl) {
    }

    /**
     * A published article in a list. {@code updatedAt} is set when the article was changed after it
     * was first published.
     */
    public record ArticleSummary(UUID id, String slug, String title, String summary, List<String> topics,
            Author author, Instant publishedAt, Instant updatedAt, int readingMinutes, String shareUrl) {
    }

    /**
     * One article in full. {@code status} and {@code createdAt} matter to the author (others only see
     * published articles); {@code hidden} is only present for admins and the author.
     */
    public record ArticleView(UUID id, String slug, ArticleStatus status, String title, String summary, String body,
            List<String> topics, List<ArticleReference> references, Author author, Instant createdAt,
            Instant publishedAt, Instant updatedAt, int readingMinutes, String shareUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hidden) {
    }

    /** One of my articles in my list (no body). */
    public record MyArticle(UUID id, String slug, ArticleStatus status, String title, String summary,
            List<String> topics, Instant createdAt, Instant publishedAt, Instant updatedAt, boolean hidden,
            String shareUrl) {
    }
}
