package org.firstsession.web.practice;

import static org.firstsession.web.FormFields.blank;
import static org.firstsession.web.FormFields.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path.Node;
import jakarta.ws.rs.FormParam;

import org.firstsession.place.Gazetteer;
import org.firstsession.place.Place;
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.SpecialistRequest;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.specialist.VideoRooms;
import org.firstsession.web.FormErrors;
import org.firstsession.web.FormFields;

/**
 * The profile form as typed, as text, so that anything can be shown again; {@link #toRequest} reads it
 * into the request the API would get, and the messages name the form's fields and labels.
 */
public record ProfileForm(@FormParam("displayName") String displayName,
        @FormParam("professionalTitle") String professionalTitle, @FormParam("headline") String headline,
        @FormParam("bio") String bio,
        @FormParam("specialties") List<String> specialties, @FormParam("approaches") List<String> approaches,
        @FormParam("languages") String languages, @FormParam("sessionFormats") List<String> sessionFormats,
        @FormParam("city") String city, @FormParam("place") String place, @FormParam("placeId") String placeId,
        @FormParam("country") String country, @FormParam("timeZone") String timeZone,
        @FormParam("feeAmount") String feeAmount, @FormParam("feeCurrency") String feeCurrency,
        @FormParam("reducedFee") String reducedFee, @FormParam("reducedFeeNote") String reducedFeeNote,
        @FormParam("yearsOfPractice") String yearsOfPractice, @FormParam("licenceNumber") String licenceNumber,
        @FormParam("licensingBody") String licensingBody, @FormParam("licenceCountry") String licenceCountry,
        @FormParam("meetingUrl") String meetingUrl, @FormParam("videoRooms") String videoRooms,
        @FormParam("idempotencyKey") String idempotencyKey) {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("displayName", "Display name"),
            Map.entry("professionalTitle", "Professional title"), Map.entry("headline", "Headline"),
            Map.entry("bio", "About you"), Map.entry("photoUrl", "Photo"), Map.entry("specialties", "Specialties"),
            Map.entry("approaches", "Approaches"), Map.entry("languages", "Languages"),
            Map.entry("sessionFormats", "Session formats"), Map.entry("city", "City"), Map.entry("place", "Place"), Map.entry("placeId", "Place"),
            Map.entry("country", "Country"),
            Map.entry("timeZone", "Time zone"), Map.entry("feeAmount", "Fee"), Map.entry("feeCurrency", "Currency"),
            Map.entry("reducedFee", "Reduced fees"), Map.entry("reducedFeeNote", "Reduced fees"), Map.entry("reducedFee.note", "Reduced fees"),
            Map.entry("yearsOfPractice", "Years of practice"), Map.entry("licenceNumber", "Licence number"),
            Map.entry("licensingBody", "Licensing body"), Map.entry("licenceCountry", "Licence country"),
            Map.entry("meetingUrl", "Meeting link"), Map.entry("videoRooms", "Video rooms"));

    static ProfileForm empty() {
        return new ProfileForm(null, null, null, null, List.of(), List.of(), null, List.of("online"), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, VideoRooms.GENERATED.name(),
                UUID.randomUUID().toString());
    }

    static ProfileForm of(SpecialistView v) {
        return new ProfileForm(v.displayName(), v.professionalTitle(), v.headline(), v.bio(),
                v.specialties(), v.approaches(), String.join(", ", v.languages()),
                v.sessionFormats().stream().map(SessionFormat::code).toList(), v.city(),
                v.place() == null ? null : v.place().name(), v.place() == null ? null : String.valueOf(v.place().id()),
                v.country(), v.timeZone(),
                v.fee() == null ? null : v.fee().amount().toPlainString(), v.fee() == null ? null : v.fee().currency(),
                v.reducedFee() != null && v.reducedFee().available() ? "true" : null, v.reducedFee() == null ? null : v.reducedFee().note(),
                v.yearsOfPractice() == null ? null : v.yearsOfPractice().toString(),
                v.licence() == null ? null : v.licence().number(), v.licence() == null ? null : v.licence().licensingBody(),
                v.licence() == null ? null : v.licence().country(), v.meetingUrl(),
                v.videoRooms() == null ? VideoRooms.GENERATED.name() : v.videoRooms().name(), null);
    }

    /** As posted, with unticked lists empty and an idempotency key even when the form lost it. */
    ProfileForm posted() {
        return new ProfileForm(displayName, professionalTitle, headline, bio, FormFields.ticked(specialties),
                FormFields.ticked(approaches), languages, FormFields.ticked(sessionFormats), city, place, placeId, country, timeZone,
                feeAmount, feeCurrency, reducedFee, reducedFeeNote, yearsOfPractice, licenceNumber, licensingBody, licenceCountry, meetingUrl,
                videoRooms, FormFields.keyOrNew(idempotencyKey));
    }

    public boolean has(List<String> values, String code) {
        return values != null && values.contains(code);
    }

    /** The request the API would get, or null when something could not even be read (errors say what). */
    SpecialistRequest toRequest(FormErrors errors, Gazetteer gazetteer) {
        // The place as typed: the suggestion picked (placeId, set by the page's script) if it still has that name
        // (the script writes "name, region, country"), otherwise the place of that name (in the chosen country), so
        // the form works without JavaScript too.
        Long chosenPlace = null;
        if (!blank(place)) {
            String name = place.split(",")[0].strip();
            chosenPlace = (blank(placeId) ? Optional.<Place>empty() : gazetteer.byId(placeId))
                    .filter(p -> gazetteer.isCalled(p, name))
                    .or(() -> gazetteer.named(name, text(country)))
                    .map(Place::id).orElse(null);
            if (chosenPlace == null) {
                errors.add("place", "Place: no town or city of that name" + (blank(country) ? "" : " in the chosen country")
                        + "; write it as the suggestions show it, such as Berlin or Frankfurt am Main.");
            }
        }
        List<SessionFormat> formats = new ArrayList<>();
        for (String code : sessionFormats) {
            try {
                formats.add(SessionFormat.fromCode(code));
            } catch (IllegalArgumentException e) {
                errors.add("sessionFormats", "Session formats: choose online and/or in person.");
            }
        }
        List<String> languageCodes = new ArrayList<>();
        if (languages != null) {
            for (String code : languages.split("[,;\\s]+")) {
                if (!code.isBlank()) {
                    languageCodes.add(code.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        SpecialistRequest.Fee fee = null;
        boolean amountGiven = !blank(feeAmount);
        boolean currencyGiven = !blank(feeCurrency);
        if (amountGiven || currencyGiven) {
            BigDecimal amount = null;
            if (!amountGiven) {
                errors.add("feeAmount", "Fee: give the amount too, or leave both fee fields empty.");
            } else {
                try {
                    amount = new BigDecimal(feeAmount.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    errors.add("feeAmount", "Fee: write a number such as 80 or 75.50.");
                }
            }
            if (!currencyGiven) {
                errors.add("feeCurrency", "Currency: give the currency code too, such as EUR.");
            }
            if (amount != null && currencyGiven) {
                fee = new SpecialistRequest.Fee(amount, feeCurrency.strip().toUpperCase(Locale.ROOT));
            }
        }
        Integer years = null;
        if (!blank(yearsOfPractice)) {
            try {
                years = Integer.valueOf(yearsOfPractice.strip());
            } catch (NumberFormatException e) {
                errors.add("yearsOfPractice", "Years of practice: write a whole number from 0 to 80.");
            }
        }
        SpecialistRequest.Licence licence = blank(licenceNumber) && blank(licensingBody) && blank(licenceCountry)
                ? null : new SpecialistRequest.Licence(text(licenceNumber), text(licensingBody), text(licenceCountry));
        VideoRooms rooms = VideoRooms.GENERATED;
        if (!blank(videoRooms)) {
            try {
                rooms = VideoRooms.valueOf(videoRooms.strip());
            } catch (IllegalArgumentException e) {
                errors.add("videoRooms", "Video rooms: choose a private room per consultation or your own link.");
            }
        }
        if (errors.any()) {
            return null;
        }
        return new SpecialistRequest(text(displayName), text(professionalTitle), text(headline), text(bio),
                null, specialties, approaches, languageCodes, formats, text(city), text(country),
                text(timeZone), fee, years, licence, text(meetingUrl), rooms, null, chosenPlace,
                new SpecialistRequest.ReducedFee("true".equals(reducedFee), "true".equals(reducedFee) ? text(reducedFeeNote) : null)); // the photo has its own upload form; the buffer is set on the slots page
    }

    /** Bean Validation's findings under the form's field names ("fee.amount" is the field feeAmount). */
    static void addViolations(ConstraintViolationException invalid, FormErrors errors) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            List<String> names = new ArrayList<>();
            for (Node node : violation.getPropertyPath()) {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    names.add(node.getName());
                }
            }
            String path = String.join(".", names);
            String field = switch (path) {
                case "fee.amount" -> "feeAmount";
                case "fee.currency" -> "feeCurrency";
                case "licence.number" -> "licenceNumber";
                case "licence.licensingBody" -> "licensingBody";
                case "licence.country" -> "licenceCountry";
                case "reducedFee.note" -> "reducedFeeNote";
                default -> names.isEmpty() ? "displayName" : names.get(names.size() - 1);
            };
            errors.add(field, sentence(field, violation.getMessage()));
        }
    }

    /** The service's messages ("is required to publish the profile") as sentences naming the field. */
    static FormErrors labelled(FormErrors raw) {
        FormErrors out = FormErrors.none();
        raw.all().forEach((field, message) -> out.add(field, sentence(field, message)));
        return out;
    }

    /** "Missing or not right: Display name, Time zone." for the top of the page. */
    static String missing(FormErrors errors) {
        if (!errors.any()) {
            return "";
        }
        return "Missing or not right: " + String.join(", ", errors.all().keySet().stream()
                .map(field -> LABELS.getOrDefault(field, field)).toList()) + ".";
    }

    private static String sentence(String field, String message) {
        String label = LABELS.getOrDefault(field, field);
        return message.startsWith(label) ? message : label + ": " + message + (message.endsWith(".") ? "" : ".");
    }
}
