package org.firstsession.messaging;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.moderation.ModerationViews.ContentItem;
import org.firstsession.moderation.ReportedContent;
import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.persistence.SqlValues;

/**
 * A reported conversation as the admin reading the report sees it: the latest 200 messages up to the
 * report, decrypted; messages written after the report are never shown (issue #14).
 */
@ApplicationScoped
class ReportedConversations implements ReportedContent {

    private final EntityManager em;
    private final FieldCipher cipher;

    ReportedConversations(EntityManager em, FieldCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(Conversation.TYPE);
    }

    @Override
    public List<ContentItem> content(String subjectType, UUID subjectId, Long subjectSeq) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.id, m.sender, m.body, m.created_at FROM message m
                WHERE m.conversation_id = ?1 AND m.seq <= ?2 ORDER BY m.seq DESC LIMIT 200""")
                .setParameter(1, subjectId).setParameter(2, subjectSeq == null ? 0L : subjectSeq).getResultList();
        return rows.stream().map(row -> new ContentItem((UUID) row[0], (String) row[1], cipher.decrypt((String) row[2], "message.body", row[0]),
                SqlValues.instant(row[3]))).toList();
    }
}
