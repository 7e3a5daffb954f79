package org.firstsession.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.ExportPart;
import org.firstsession.shared.privacy.PersonalData;

/**
 * The account row: exported as it is; erased by clearing name, email, zone and language and replacing the
 * subject, so the id stays for other people's history and a later login starts a fresh account.
 */
@ApplicationScoped
@Priority(100) // first in the export
class AccountPersonalData implements PersonalData {

    record AccountData(UUID id, String displayName, String email, String timeZone, String language, Instant createdAt) {
    }

    record Part(AccountData account) implements ExportPart {
    }

    private final EntityManager em;

    AccountPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public ExportPart export(DataSubject subject) {
        Account a = Account.findById(subject.accountId());
        return new Part(new AccountData(a.id, a.displayName, a.email, a.timeZone, a.language, a.createdAt));
    }

    @Override
    public void erase(DataSubject subject) {
        em.createNativeQuery("""
                UPDATE account SET display_name = NULL, email = NULL, time_zone = NULL, language = NULL,
                    subject = 'erased-' || gen_random_uuid(), erased_at = now() WHERE id = ?1""")
                .setParameter(1, subject.accountId()).executeUpdate();
    }

    @Override
    public Set<String> personalColumns() {
        return Set.of("account.subject", "account.display_name", "account.email", "account.time_zone",
                "account.language");
    }
}
