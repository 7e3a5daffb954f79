package org.firstsession.messaging;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.messaging.MessagingViews.ConversationExport;
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

    private final MessagingService messaging;

    MessagingPersonalData(MessagingService messaging) {
        this.messaging = messaging;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return new Part(messaging.exportFor(subject.accountId()));
    }

    @Override
    public void erase(DataSubject subject) {
        Message.<Message>stream("senderAccountId", subject.accountId()).forEach(m -> m.body = ERASED);
    }

    @Override
    public List<EncryptedColumn> encryptedColumns() {
        return List.of(EncryptedColumn.byId("message", "body"));
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("message.body");
    }
}
