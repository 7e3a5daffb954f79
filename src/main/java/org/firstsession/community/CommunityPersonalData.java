package org.firstsession.community;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * Questions I asked and answers I wrote as a specialist: exported in full; on erasure their texts become
 * {@code [deleted]} and my questions are deleted (answers of others stay readable on no question).
 */
@ApplicationScoped
@Priority(60)
class CommunityPersonalData implements PersonalData {

    record QuestionExport(UUID id, String topic, String title, String body, Instant createdAt, Instant deletedAt) {
    }

    record AnswerExport(UUID id, UUID questionId, String body, Instant createdAt) {
    }

    record Part(List<QuestionExport> questions, List<AnswerExport> answers) implements ExportPart {
    }

    private final EntityManager em;

    CommunityPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        List<QuestionExport> questions = Question.<Question>find("askerAccountId = ?1 order by createdAt",
                subject.accountId()).stream()
                .map(q -> new QuestionExport(q.id, q.topic, q.title, q.body, q.createdAt, q.deletedAt)).toList();
        List<AnswerExport> answers = !subject.isSpecialist() ? List.of()
                : Answer.<Answer>find("specialistId = ?1 order by createdAt", subject.specialistId()).stream()
                        .map(a -> new AnswerExport(a.id, a.questionId, a.body, a.createdAt)).toList();
        return new Part(questions, answers);
    }

    @Override
    public void erase(DataSubject subject) {
        em.createNativeQuery("""
                UPDATE question SET title = ?2, body = ?2, deleted_at = coalesce(deleted_at, now())
                WHERE asker_account_id = ?1""").setParameter(1, subject.accountId()).setParameter(2, ERASED)
                .executeUpdate();
        if (subject.isSpecialist()) {
            em.createNativeQuery("UPDATE answer SET body = ?2 WHERE specialist_id = ?1")
                    .setParameter(1, subject.specialistId()).setParameter(2, ERASED).executeUpdate();
        }
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("question.title", "question.body", "answer.body");
    }
}
