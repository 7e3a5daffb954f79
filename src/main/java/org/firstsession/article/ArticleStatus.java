package org.firstsession.article;

/** {@code DRAFT} → {@code PUBLISHED} ↔ {@code UNPUBLISHED}; only published articles are public. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, UNPUBLISHED
}
