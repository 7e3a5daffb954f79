package org.firstsession.community;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.moderation.ModerationViews.ContentItem;
import org.firstsession.moderation.ReportedContent;
import org.firstsession.shared.persistence.SqlValues;

/** A reported question (title and body) or answer as the admin reading the report sees it, hidden or not. */
@ApplicationScoped
class ReportedPosts implements ReportedContent {

    private final EntityManager em;

    ReportedPosts(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(Question.TYPE, Answer.TYPE);
    }

    @Override
    public List<ContentItem> content(String subjectType, UUID subjectId, Long subjectSeq) {
        String sql = Question.TYPE.equals(subjectType)
                ? "SELECT id, 'ASKER', title || E'\n\n' || body, created_at FROM question WHERE id = ?1"
                : "SELECT a.id, s.display_name, a.body, a.created_at FROM answer a JOIN specialist s ON s.id = a.specialist_id WHERE a.id = ?1";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, subjectId).getResultList();
        return rows.stream().map(r -> new ContentItem((UUID) r[0], (String) r[1], (String) r[2], SqlValues.instant(r[3])))
                .toList();
    }
}
