package org.firstsession.moderation;

import java.time.Instant;
import java.util.List;
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

/** Reports I filed: exported with their reason (encrypted at rest); on erasure the reason becomes {@code [deleted]}. */
@ApplicationScoped
@Priority(40)
class ReportPersonalData implements PersonalData {

    record ReportExport(UUID id, String subjectType, String reason, String status, Instant createdAt) {
    }

    record Part(List<ReportExport> reports) implements ExportPart {
    }

    static final EncryptedColumn REASON = EncryptedColumn.byId("report", "reason");

    private final EntityManager em;
    private final FieldCipher cipher;

    ReportPersonalData(EntityManager em, FieldCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return new Part(Report.<Report>find("reporterAccountId = ?1 order by createdAt", subject.accountId()).stream()
                .map(r -> new ReportExport(r.id, r.subjectType, r.reason, r.status, r.createdAt)).toList());
    }

    @Override
    public void erase(DataSubject subject) {
        cipher.replaceEach(em, REASON, "reporter_account_id = ?1", subject.accountId(), ERASED);
    }

    @Override
    public List<EncryptedColumn> encryptedColumns() {
        return List.of(REASON);
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("report.reason");
    }
}
