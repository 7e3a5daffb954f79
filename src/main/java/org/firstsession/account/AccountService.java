package org.firstsession.account;

import static org.firstsession.shared.i18n.Details.problem;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Languages;

@ApplicationScoped
@Transactional
public class AccountService {

    private final EntityManager em;
    private final Languages languages;

    AccountService(EntityManager em, Languages languages) {
        this.em = em;
        this.languages = languages;
    }

    /**
     * Finds the account for a token, creating it on the first request. The insert is a single
     * {@code ON CONFLICT DO NOTHING} statement, so two first requests racing each other create one row.
     * Name and email follow the identity provider: they are refreshed when the token's claims change.
     */
    public Account provision(String issuer, String subject, String displayName, String email, String zoneInfo) {
        Account account = Account.findByIdentity(issuer, subject).orElse(null);
        if (account == null) {
            em.createNativeQuery("""
                    INSERT INTO account (id, issuer, subject, display_name, email, time_zone)
                    VALUES (gen_random_uuid(), ?1, ?2, ?3, ?4, ?5)
                    ON CONFLICT (issuer, subject) DO NOTHING""")
                    .setParameter(1, issuer)
                    .setParameter(2, subject)
                    .setParameter(3, displayName)
                    .setParameter(4, email)
                    .setParameter(5, TimeZones.isValid(zoneInfo) ? zoneInfo : null)
                    .executeUpdate();
            return Account.findByIdentity(issuer, subject).orElseThrow();
        }
        boolean nameChanged = displayName != null && !Objects.equals(displayName, account.displayName);
        boolean emailChanged = email != null && !Objects.equals(email, account.email);
        if (nameChanged || emailChanged) {
            // One statement, no version check: several requests of the same person arriving together with
            // new claims all write the same values, so none of them may fail on an optimistic lock (the
            // benchmark's parallel first requests found that 500). The version is left alone, so a time
            // zone change racing this refresh still succeeds.
            em.createNativeQuery("""
                    UPDATE account SET display_name = coalesce(?1, display_name), email = coalesce(?2, email), updated_at = now()
                    WHERE id = ?3""")
                    .setParameter(1, displayName)
                    .setParameter(2, email)
                    .setParameter(3, account.id)
                    .executeUpdate();
            em.refresh(account);
        }
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account get(UUID id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_account()));
        }
        return account;
    }

    public void changeTimeZone(UUID accountId, String zone) {
        if (!TimeZones.isValid(zone)) {
            throw ProblemException.invalid("timeZone", problem(m -> m.field_time_zone("Europe/Berlin")));
        }
        get(accountId).timeZone = ZoneId.of(zone).getId();
    }

    public void changeLanguage(UUID accountId, String language) {
        Locale chosen = languages.parse(language).orElseThrow(() -> ProblemException.invalid("language",
                problem(m -> m.field_one_of(languages.supported().stream().map(Locale::toLanguageTag).toList().toString()))));
        get(accountId).language = chosen.toLanguageTag();
    }
}
