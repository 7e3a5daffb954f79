package org.firstsession.directory;

import java.util.List;
import java.util.UUID;

import org.firstsession.specialist.SpecialistRequest.Fee;
import org.firstsession.specialist.SpecialistRequest.ReducedFee;
import java.time.Instant;

/** What a directory card needs, plus the canonical link to share the profile. */
public record DirectoryItem(
        UUID id,
        String displayName,
        String professionalTitle,
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
        boolean firstConsultationFree) {
}
