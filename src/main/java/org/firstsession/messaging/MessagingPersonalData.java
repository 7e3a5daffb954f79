package org.firstsession.messaging;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.messaging.MessagingViews.ConversationExport;
import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.EncryptedColumn;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * Conversations and messages: exported with every message; on erasure my messages become
 * {@code [deleted]} and the conversations stay, so the other side's history remains coherent.
 */
@ApplicationScoped
@Priority(70)
class MessagingPersonalData implements PersonalData {

    record Part(List<ConversationExport> conversations) implements ExportPart {
    }

    static final EncryptedColumn BODY = EncryptedColumn.byId("message", "body");

    private final EntityManager em;
    private final MessagingService messaging;
    private final FieldCipher cipher;

    MessagingPersonalData(EntityManager em, MessagingService messaging, FieldCipher cipher) {
        this.em = em;
        this.messaging = messaging;
        this.cipher = cipher;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return new Part(messaging.exportFor(subject.accountId()));
    }

    @Override
    public void erase(DataSubject subject) {
        cipher.replaceEach(em, BODY, "sender_account_id = ?1", subject.accountId(), ERASED);
    }

    @Override
    public List<EncryptedColumn> encryptedColumns() {
        return List.of(BODY);
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("message.body");
    }
}
