package org.firstsession.privacy;

import static org.firstsession.shared.i18n.Details.profile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.firstsession.account.Account;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.privacy.DataSubject;
import org.firstsession.shared.privacy.PersonalData;
import org.firstsession.specialist.Specialist;

import io.quarkus.arc.All;

/**
 * The data rights: an export of everything held about me, and erasure. Both iterate over the features'
 * {@link PersonalData} contributions; erasure keeps the rows other people's history needs (bookings,
 * conversations, consents, audit entries keyed by the identity provider's pseudonymous subject) but
 * leaves no name, email or text of mine in any of them.
 */
@ApplicationScoped
@Transactional
public class PrivacyService {

    public static final String CONFIRMATION = "DELETE MY ACCOUNT";

    private final EntityManager em;
    private final List<PersonalData> contributions;

    PrivacyService(EntityManager em, @All List<PersonalData> contributions) {
        this.em = em;
        this.contributions = contributions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DataExport export(UUID me) {
        DataSubject subject = subject(Account.findById(me));
        return new DataExport(Instant.now(),
                contributions.stream().map(c -> c.export(subject)).filter(Objects::nonNull).toList());
    }

    /**
     * Erases the account: first every feature ends what involves other people (upcoming bookings are
     * cancelled and the other side is told), then each removes the person's data from its tables.
     */
    public void erase(UUID me, String confirmation) {
        if (!CONFIRMATION.equals(confirmation)) {
            throw ProblemException.invalid("confirm", profile(m -> m.privacy_confirm_exactly(CONFIRMATION)));
        }
        DataSubject subject = subject(em.find(Account.class, me, LockModeType.PESSIMISTIC_WRITE));
        contributions.forEach(c -> c.release(subject));
        em.flush();
        contributions.forEach(c -> c.erase(subject));
    }

    private static DataSubject subject(Account account) {
        UUID profile = Specialist.findByAccount(account.id).map(s -> s.id).orElse(null);
        return new DataSubject(account.id, profile, account.displayName, account.email);
    }
}
