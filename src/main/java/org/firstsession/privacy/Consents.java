package org.firstsession.privacy;

import static org.firstsession.shared.i18n.Details.problem;
import static org.firstsession.shared.i18n.Details.profile;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.i18n.Languages;

/** The consents the platform asks for, and their records. */
@ApplicationScoped
public class Consents {

    /**
     * What the client agrees to when booking, in one language; the version changes whenever the wording does
     * (in every language together: the translations say what the English says).
     */
    public record Wording(String purpose, String version, String language, String text) {
    }

    private static final String BOOKING_TEXT = "I agree that FirstSession shares this booking (the time, my name) "
            + "and the note I write with the specialist I book, so that they can prepare our free consultation. "
            + "I can withdraw by cancelling the booking or deleting my account.";

    private final PrivacyConfig config;
    private final Languages languages;

    Consents(PrivacyConfig config, Languages languages) {
        this.config = config;
        this.languages = languages;
    }

    public Wording bookingWording() {
        return new Wording(Consent.SHARE_BOOKING, config.bookingConsentVersion(), Locale.ENGLISH.toLanguageTag(), BOOKING_TEXT);
    }

    /**
     * The same consent as the reader sees it in their language. The translations say what the English
     * wording says: a change of meaning changes the version (and every translation) together.
     */
    public Wording bookingWording(Locale locale) {
        Locale language = languages.parse(locale == null ? null : locale.toLanguageTag()).orElse(languages.fallback());
        return new Wording(Consent.SHARE_BOOKING, config.bookingConsentVersion(), language.toLanguageTag(),
                languages.messages(language).consent_booking());
    }

    /**
     * 422 unless the client agreed to the current wording; records the consent with the booking, and the language
     * the wording was shown in ({@code null}: not known).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBookingConsent(UUID clientId, UUID bookingId, String agreedVersion, Locale shownIn) {
        requireBookingConsent(agreedVersion);
        Consent consent = new Consent();
        consent.accountId = clientId;
        consent.purpose = Consent.SHARE_BOOKING;
        consent.wordingVersion = agreedVersion;
        consent.language = shownIn == null ? null
                : languages.parse(shownIn.toLanguageTag()).orElse(languages.fallback()).toLanguageTag();
        consent.bookingId = bookingId;
        consent.persist();
    }

    public void requireBookingConsent(String agreedVersion) {
        if (agreedVersion == null || agreedVersion.isBlank()) {
            throw PrivacyProblem.CONSENT_REQUIRED.exception(profile(m -> m.consent_required()),
                    List.of(new FieldError("consentVersion", problem(m -> m.field_required()))));
        }
        if (!agreedVersion.equals(config.bookingConsentVersion())) {
            throw PrivacyProblem.CONSENT_OUTDATED.exception(profile(m -> m.consent_outdated(config.bookingConsentVersion())),
                    List.of(new FieldError("consentVersion", profile(m -> m.consent_not_current()))));
        }
    }
}
