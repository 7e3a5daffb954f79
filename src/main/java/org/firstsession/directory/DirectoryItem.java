package org.firstsession.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.firstsession.specialist.ProfileText;
import org.firstsession.specialist.ProfileTexts;

import org.firstsession.specialist.SpecialistRequest.Fee;
import org.firstsession.specialist.SpecialistRequest.ReducedFee;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** What a directory card needs, plus the canonical link to share the profile. */
public record DirectoryItem(
        UUID id,
        String displayName,
        String professionalTitle,
        /** In the reader's language when the specialist gave one (Accept-Language), else as written. */
        String headline,
        String photoUrl,
        List<String> specialties,
        List<String> languages,
        List<String> sessionFormats,
        String city,
        String country,
        Fee fee,
        /** Start of the earliest open, bookable free-consultation slot, or null. */
        Instant nextFreeSlot,
        /** An admin checked the licence and the check has not expired. */
        boolean verified,
        /** Promoted by the platform (offers free consultations). */
        boolean featured,
        String shareUrl,
        /** With near or lat/lon: km from there to the centre of the specialist's place, rounded; else null. */
        Integer distanceKm,
        ReducedFee reducedFee,
        /** Always true: the first consultation is free, whatever the fee. */
        boolean firstConsultationFree,
        /** The language the headline is in (ISO 639-1). */
        String textLanguage,
        /** When the headline is the specialist's translation: the language of the original; else null. */
        String translatedFrom,
        /** The specialist's translated headlines by language, for {@link #forReader}; never sent. */
        @JsonIgnore @Schema(hidden = true) Map<String, String> headlineTranslations) {

    /** This card for a reader of {@code readerLanguages} (most preferred first), without the other translations. */
    public DirectoryItem forReader(List<String> readerLanguages) {
        Map<String, ProfileText> translations = new HashMap<>();
        if (headlineTranslations != null) {
            headlineTranslations.forEach((language, text) -> translations.put(language, new ProfileText(text, null)));
        }
        ProfileTexts.Chosen chosen = ProfileTexts.choose(headline, null, textLanguage, translations, readerLanguages);
        return new DirectoryItem(id, displayName, professionalTitle, chosen.headline(), photoUrl, specialties, languages,
                sessionFormats, city, country, fee, nextFreeSlot, verified, featured, shareUrl, distanceKm, reducedFee,
                firstConsultationFree, chosen.textLanguage(), chosen.translatedFrom(), Map.of());
    }
}
