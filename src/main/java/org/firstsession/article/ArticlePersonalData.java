package org.firstsession.article;

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
 * The articles I wrote as a specialist: exported in full (deleted ones are already empty); erasure
 * deletes them, so they disappear with the profile and leave nothing behind.
 */
@ApplicationScoped
@Priority(55)
class ArticlePersonalData implements PersonalData {

    record ArticleExport(UUID id, String slug, ArticleStatus status, String title, String summary, String body,
            List<String> topics, List<ArticleReference> references, Instant createdAt, Instant publishedAt,
            Instant updatedAt, Instant deletedAt) {
    }

    record Part(List<ArticleExport> articles) implements ExportPart {
    }

    private final EntityManager em;

    ArticlePersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        List<ArticleExport> articles = !subject.isSpecialist() ? List.of()
                : Article.<Article>find("specialistId = ?1 order by createdAt", subject.specialistId()).stream()
                        .map(a -> new ArticleExport(a.id, a.slug, a.status, a.title, a.summary, a.body, List.copyOf(a.topics),
                                List.copyOf(a.references), a.createdAt, a.publishedAt, a.editedAt, a.deletedAt))
                        .toList();
        return new Part(articles);
    }

    @Override
    public void erase(DataSubject subject) {
        if (subject.isSpecialist()) {
            em.createNativeQuery("DELETE FROM article WHERE specialist_id = ?1")
                    .setParameter(1, subject.specialistId()).executeUpdate();
        }
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("article.title", "article.summary", "article.body", "article.slug");
    }
}
