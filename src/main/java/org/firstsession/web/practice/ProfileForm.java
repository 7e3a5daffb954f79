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
import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.SpecialistRequest;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.specialist.Vocabulary;
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

    /** A field's label in messages, in the page's language; the field's name for one the form does not have. */
    static String label(String field, PracticeMsg p) {
        return switch (field) {
            case "displayName" -> p.pf_display_name();
            case "professionalTitle" -> p.pf_professional_title();
            case "headline" -> p.pf_headline();
            case "bio" -> p.pf_about();
            case "photoUrl" -> p.pf_photo();
            case "specialties" -> p.pf_specialties();
            case "approaches" -> p.pf_approaches();
            case "languages" -> p.pf_languages();
            case "sessionFormats" -> p.pf_formats();
            case "city" -> p.pf_city();
            case "place", "placeId" -> p.pf_label_place();
            case "country" -> p.pf_country();
            case "timeZone" -> p.pf_time_zone();
            case "feeAmount" -> p.pf_label_fee();
            case "feeCurrency" -> p.pf_currency();
            case "reducedFee", "reducedFeeNote", "reducedFee.note" -> p.pf_label_reduced_fee();
            case "yearsOfPractice" -> p.pf_years();
            case "licenceNumber" -> p.pf_licence_number();
            case "licensingBody" -> p.pf_licensing_body();
            case "licenceCountry" -> p.pf_licence_country();
            case "meetingUrl" -> p.pf_label_meeting_url();
            case "videoRooms" -> p.pf_label_rooms();
            default -> field;
        };
    }

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

    /** The request the API would get, or null when something could not even be read (errors say what, in {@code p}'s language). */
    SpecialistRequest toRequest(FormErrors errors, Gazetteer gazetteer, PracticeMsg p) {
        // The place as typed: the suggestion picked (placeId, set by the page's script) if it still has that name
        // (the script writes "name, region, country"), otherwise the place of that name (in the chosen country), so
        // the form works without JavaScript too.
        Long chosenPlace = null;
        if (!blank(place)) {
            String name = place.split(",")[0].strip();
            chosenPlace = (blank(placeId) ? Optional.<Place>empty() : gazetteer.byId(placeId))
                    .filter(known -> gazetteer.isCalled(known, name))
                    .or(() -> gazetteer.named(name, text(country)))
                    .map(Place::id).orElse(null);
            if (chosenPlace == null) {
                errors.add("place", blank(country) ? p.pf_err_place() : p.pf_err_place_in_country());
            }
        }
        List<SessionFormat> formats = new ArrayList<>();
        for (String code : sessionFormats) {
            try {
                formats.add(SessionFormat.fromCode(code));
            } catch (IllegalArgumentException e) {
                errors.add("sessionFormats", p.pf_err_formats());
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
                errors.add("feeAmount", p.pf_err_fee_amount_missing());
            } else {
                try {
                    amount = new BigDecimal(feeAmount.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    errors.add("feeAmount", p.pf_err_fee_amount());
                }
            }
            if (!currencyGiven) {
                errors.add("feeCurrency", p.pf_err_currency_missing());
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
                errors.add("yearsOfPractice", p.pf_err_years());
            }
        }
        SpecialistRequest.Licence licence = blank(licenceNumber) && blank(licensingBody) && blank(licenceCountry)
                ? null : new SpecialistRequest.Licence(text(licenceNumber), text(licensingBody), text(licenceCountry));
        VideoRooms rooms = VideoRooms.GENERATED;
        if (!blank(videoRooms)) {
            try {
                rooms = VideoRooms.valueOf(videoRooms.strip());
            } catch (IllegalArgumentException e) {
                errors.add("videoRooms", p.pf_err_rooms());
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
    static void addViolations(ConstraintViolationException invalid, FormErrors errors, PracticeMsg p) {
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
            errors.add(field, sentence(field, violationMessage(violation, p), p));
        }
    }

    /** A Bean Validation finding in the page's language, by its constraint and that constraint's limits. */
    static String violationMessage(ConstraintViolation<?> violation, PracticeMsg p) {
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        String type = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (type) {
            case "NotBlank" -> p.val_not_blank();
            case "NotNull" -> p.val_not_null();
            case "Size" -> p.val_size(String.valueOf(limits.get("min")), String.valueOf(limits.get("max")));
            case "Min", "DecimalMin" -> p.val_min(String.valueOf(limits.get("value")));
            case "Max", "DecimalMax" -> p.val_max(String.valueOf(limits.get("value")));
            case "Digits" -> p.val_digits(String.valueOf(limits.get("integer")), String.valueOf(limits.get("fraction")));
            case "Vocabulary" -> switch ((Vocabulary.Kind) limits.get("value")) {
                case LANGUAGE -> p.val_language();
                case COUNTRY -> p.val_country();
                case TIME_ZONE -> p.val_time_zone();
                case CURRENCY -> p.val_currency();
                case SPECIALTY -> p.val_specialty();
                case APPROACH -> p.val_approach();
                case HTTP_URL -> p.val_http_url();
            };
            default -> violation.getMessage();
        };
    }

    /** The service's messages (already in the page's language) as sentences naming the field. */
    static FormErrors labelled(FormErrors raw, PracticeMsg p) {
        FormErrors out = FormErrors.none();
        raw.all().forEach((field, message) -> out.add(field, sentence(field, message, p)));
        return out;
    }

    /** "Missing or not right: Display name, Time zone." for the top of the page. */
    static String missing(FormErrors errors, PracticeMsg p) {
        if (!errors.any()) {
            return "";
        }
        return p.pf_missing(String.join(", ", errors.all().keySet().stream().map(field -> label(field, p)).toList()));
    }

    private static String sentence(String field, String message, PracticeMsg p) {
        String label = label(field, p);
        if (message.startsWith(label)) {
            return message;
        }
        return p.form_err_sentence(label, message.endsWith(".") ? message.substring(0, message.length() - 1) : message);
    }
}
