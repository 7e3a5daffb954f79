package org.firstsession.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A specialist's article. Texts are stored exactly as written (Markdown in {@code body}); a draft may
 * lack any of them. Hidden (by an admin, reversible) and deleted (by the author, final, text emptied)
 * are independent of the status.
 */
@Entity
@Table(name = "article")
public class Article extends BaseEntity {

    /** Report subject type and audit object type. */
    public static final String TYPE = "ARTICLE";

    @Column(name = "specialist_id", nullable = false, updatable = false)
    public UUID specialistId;

    @Column(nullable = false)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status = ArticleStatus.DRAFT;

    public String title;

    public String summary;

    public String body;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> topics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reference_list", nullable = false)
    public List<ArticleReference> references = new ArrayList<>();

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_by")
    public UUID hiddenBy;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    boolean isPublished() {
        return status == ArticleStatus.PUBLISHED && hiddenAt == null && deletedAt == null;
    }

    boolean wasEverPublished() {
        return publishedAt != null;
    }
}
