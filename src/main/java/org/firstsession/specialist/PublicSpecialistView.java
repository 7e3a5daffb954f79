package org.firstsession.specialist;

import java.util.List;
import java.util.UUID;

import org.firstsession.place.Place;
import org.firstsession.specialist.SpecialistRequest.Fee;
import org.firstsession.specialist.SpecialistRequest.ReducedFee;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A published profile as anyone sees it: what a client needs to choose. No account data, no email,
 * no licence number, no meeting link (that goes to booked clients only).
 */
public record PublicSpecialistView(
        UUID id,
        String displayName,
        String professionalTitle,
        /** In the reader's language when the specialist gave one (Accept-Language), else as written. */
        String headline,
        String bio,
        String photoUrl,
        List<String> specialties,
        List<String> approaches,
        List<String> languages,
        List<SessionFormat> sessionFormats,
        String city,
        String country,
        String timeZone,
        Fee fee,
        Integer yearsOfPractice,
        PublicLicence licence,
        /** An admin checked the licence and the check has not expired. */
        boolean verified,
        String shareUrl,
        /** The place picked from GET /api/places (its centre, never an address), or null. */
        Place place,
        ReducedFee reducedFee,
        /** Always true: the first consultation is free, whatever the fee. */
        boolean firstConsultationFree,
        /** The language headline and bio are in (ISO 639-1), for a lang attribute and to name it. */
        String textLanguage,
        /** When headline and bio are the specialist's translation: the language of the original; else null. */
        String translatedFrom) implements ProfileView {

    /** Who licensed the specialist, without the licence number. */
    public record PublicLicence(String licensingBody, String country) {
    }

    /** The profile for a reader of {@code readerLanguages} (most preferred first; empty: the texts as written). */
    static PublicSpecialistView of(Specialist s, String shareUrl, Place place, List<String> readerLanguages) {
        ProfileTexts.Chosen texts = ProfileTexts.choose(s.headline, s.bio, s.textLanguage, s.translations, readerLanguages);
        return new PublicSpecialistView(s.id, s.displayName, s.professionalTitle, texts.headline(), texts.bio(), s.photoUrl,
                List.copyOf(s.specialties), List.copyOf(s.approaches), List.copyOf(s.languages),
                SpecialistView.formats(s), s.city, s.country, s.timeZone, SpecialistView.fee(s), s.yearsOfPractice,
                s.licenceBody == null && s.licenceCountry == null ? null
                        : new PublicLicence(s.licenceBody, s.licenceCountry),
                s.isVerified(LocalDate.now(ZoneOffset.UTC)), shareUrl, place, SpecialistView.reducedFee(s), true,
                texts.textLanguage(), texts.translatedFrom());
    }
}
