package org.firstsession.specialist;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.firstsession.place.Place;
import org.firstsession.specialist.SpecialistRequest.Fee;
import org.firstsession.specialist.SpecialistRequest.ReducedFee;
import org.firstsession.specialist.SpecialistRequest.Licence;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The owner's view of their own profile: every field, the status, and the private licence number. */
public record SpecialistView(
        UUID id,
        SpecialistStatus status,
        String displayName,
        String professionalTitle,
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
        Licence licence,
        String meetingUrl,
        VideoRooms videoRooms,
        String shareUrl,
        boolean verified,
        /** Suspended by an admin: hidden from the public and not bookable. */
        boolean suspended,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        int bufferMinutes,
        /** The place picked from GET /api/places, or null. */
        Place place,
        ReducedFee reducedFee,
        /** Always true: the first consultation is free, whatever the fee. */
        boolean firstConsultationFree,
        /** The language headline and bio are written in (ISO 639-1). */
        String textLanguage,
        /** The specialist's own headline and bio in other languages, by language code. */
        Map<String, ProfileText> translations) implements ProfileView {

    static SpecialistView of(Specialist s, String shareUrl, Place place) {
        return new SpecialistView(s.id, s.status, s.displayName, s.professionalTitle, s.headline, s.bio, s.photoUrl,
                List.copyOf(s.specialties), List.copyOf(s.approaches), List.copyOf(s.languages), formats(s),
                s.city, s.country, s.timeZone, fee(s), s.yearsOfPractice,
                s.licenceNumber == null && s.licenceBody == null && s.licenceCountry == null ? null
                        : new Licence(s.licenceNumber, s.licenceBody, s.licenceCountry),
                s.meetingUrl, s.videoRooms, shareUrl, s.isVerified(LocalDate.now(ZoneOffset.UTC)), s.isSuspended(),
                s.publishedAt, s.createdAt, s.updatedAt, s.bufferMinutes, place, reducedFee(s), true,
                s.textLanguage, new TreeMap<>(s.translations));
    }

    static List<SessionFormat> formats(Specialist s) {
        return s.sessionFormats.stream().map(SessionFormat::fromCode).toList();
    }

    static ReducedFee reducedFee(Specialist s) {
        return new ReducedFee(s.reducedFeeAvailable, s.reducedFeeNote);
    }

    static Fee fee(Specialist s) {
        return s.feeAmount == null ? null : new Fee(s.feeAmount, s.feeCurrency);
    }
}
