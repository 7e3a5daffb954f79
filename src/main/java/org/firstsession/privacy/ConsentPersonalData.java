package org.firstsession.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * Consents I gave: exported; kept on erasure as proof the booking was shared lawfully (they hold no text
 * about me, only purpose, wording version, time and booking).
 */
@ApplicationScoped
@Priority(30)
class ConsentPersonalData implements PersonalData {

    record ConsentExport(String purpose, String wordingVersion, String language, Instant givenAt, UUID bookingId) {
    }

    record Part(List<ConsentExport> consents) implements ExportPart {
    }

    @Override
    public ExportPart export(DataSubject subject) {
        return new Part(Consent.<Consent>find("accountId = ?1 order by givenAt", subject.accountId()).stream()
                .map(c -> new ConsentExport(c.purpose, c.version(), c.language(), c.givenAt, c.bookingId)).toList());
    }

    @Override
    public void erase(DataSubject subject) {
        // Kept: the rows name no one but the account id, which erasure keeps as a tombstone.
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of();
    }
}
