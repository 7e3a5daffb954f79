package org.firstsession.contact;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * My contact requests: exported in full; on erasure subject and message become {@code [deleted]};
 * closed requests are deleted after {@code closed-retention}.
 */
@ApplicationScoped
@Priority(50)
class ContactPersonalData implements PersonalData {

    record ContactExport(UUID id, String subject, String message, ContactStatus status, Instant createdAt) {
    }

    record Part(List<ContactExport> contactRequests) implements ExportPart {
    }

    static final EncryptedColumn SUBJECT = EncryptedColumn.byId("contact_request", "subject");
    static final EncryptedColumn MESSAGE = EncryptedColumn.byId("contact_request", "message");

    private final EntityManager em;
    private final ContactConfig config;
    private final FieldCipher cipher;

    ContactPersonalData(EntityManager em, ContactConfig config, FieldCipher cipher) {
        this.em = em;
        this.config = config;
        this.cipher = cipher;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return new Part(ContactRequest.<ContactRequest>find("accountId = ?1 order by createdAt", subject.accountId())
                .stream().map(c -> new ContactExport(c.id, c.subject, c.message, c.status, c.createdAt)).toList());
    }

    @Override
    public void erase(DataSubject subject) {
        cipher.replaceEach(em, SUBJECT, "account_id = ?1", subject.accountId(), ERASED);
        cipher.replaceEach(em, MESSAGE, "account_id = ?1", subject.accountId(), ERASED);
    }

    @Override
    public List<EncryptedColumn> encryptedColumns() {
        return List.of(SUBJECT, MESSAGE);
    }

    @Override
    public Map<String, Integer> applyRetention(Instant now) {
        Instant cutoff = now.atZone(ZoneOffset.UTC).minus(config.closedRetention()).toInstant();
        return Map.of("closedContactRequests", em.createNativeQuery(
                "DELETE FROM contact_request WHERE status = 'CLOSED' AND closed_at < ?1")
                .setParameter(1, cutoff).executeUpdate());
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("contact_request.subject", "contact_request.message");
    }
}
