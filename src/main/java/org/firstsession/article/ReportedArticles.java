package org.firstsession.article;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.moderation.ModerationViews.ContentItem;
import org.firstsession.moderation.ReportedContent;
import org.firstsession.shared.persistence.SqlValues;

/** A reported article (title and Markdown as written) as the admin reading the report sees it, hidden or not. */
@ApplicationScoped
class ReportedArticles implements ReportedContent {

    private final EntityManager em;

    ReportedArticles(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(Article.TYPE);
    }

    @Override
    public List<ContentItem> content(String subjectType, UUID subjectId, Long subjectSeq) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id, s.display_name, coalesce(a.title, '') || E'\\n\\n' || coalesce(a.body, ''), a.created_at
                FROM article a JOIN specialist s ON s.id = a.specialist_id WHERE a.id = ?1 AND a.deleted_at IS NULL""")
                .setParameter(1, subjectId).getResultList();
        return rows.stream().map(r -> new ContentItem((UUID) r[0], (String) r[1], (String) r[2], SqlValues.instant(r[3])))
                .toList();
    }
}
