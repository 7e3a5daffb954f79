package org.firstsession.directory;

import static org.firstsession.shared.i18n.Details.problem;
import static org.firstsession.shared.i18n.Details.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.firstsession.place.Gazetteer;
import org.firstsession.place.Place;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Text;
import org.firstsession.shared.web.QueryParams;
import org.firstsession.specialist.PlainPhrases;
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.Taxonomy;

/**
 * The directory's filters, parsed from raw query strings so that every bad value is a 400 naming the
 * parameter (JAX-RS would turn an unparsable number into a 404), and out-of-range values are refused
 * rather than clamped.
 */
public record DirectoryQuery(String q, String specialty, String approach, String language, String format,
        String country, String city, BigDecimal maxFee, boolean freeConsultation, boolean verifiedOnly, Sort sort,
        boolean defaultOrder, int page, int size, boolean waitlistOpen, Near near, String currency, boolean reducedFee) {

    /** The raw price parameters: {@code currency} (ISO 4217; maxFee is in it) and {@code reducedFee}. */
    public record PriceParams(String currency, String reducedFee) {
        public static final PriceParams NONE = new PriceParams(null, null);
    }

    static final int DEFAULT_RADIUS_KM = 25;
    static final int MAX_RADIUS_KM = 500;

    /**
     * Around a point (a gazetteer place's centre or lat/lon): profiles whose place is within {@code radiusKm};
     * with {@code onlineLicensedIn}, also every profile offering online sessions whose licence is from that country.
     */
    public record Near(double lat, double lon, int radiusKm, String onlineLicensedIn) {
    }

    /** The raw location parameters: {@code near} (a place id) or {@code lat}+{@code lon}, {@code radiusKm}, {@code includeOnline}. */
    public record NearParams(String near, String lat, String lon, String radiusKm, String includeOnline) {
        public static final NearParams NONE = new NearParams(null, null, null, null, null);
    }

    static final int MAX_SIZE = 50;
    static final int DEFAULT_SIZE = 20;
    static final int MAX_PAGE = 10_000;

    public enum Sort {
        RELEVANCE, NAME, FEE, SOONEST, DISTANCE;

        static Sort parse(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public static DirectoryQuery parse(String q, String specialty, String approach, String language, String format,
            String country, String city, String maxFee, String freeConsultation, String verified, String sort,
            String page, String size) {
        return parse(q, specialty, approach, language, format, country, city, maxFee, freeConsultation, verified, sort,
                page, size, null, NearParams.NONE, PriceParams.NONE, null, null);
    }

    public static DirectoryQuery parse(String q, String specialty, String approach, String language, String format,
            String country, String city, String maxFee, String freeConsultation, String verified, String sort,
            String page, String size, String waitlistOpen) {
        return parse(q, specialty, approach, language, format, country, city, maxFee, freeConsultation, verified, sort,
                page, size, waitlistOpen, NearParams.NONE, PriceParams.NONE, null, null);
    }

    /**
     * With {@code waitlistOpen}: {@code true} keeps only specialists without a bookable slot in the
     * free-consultation window, whose profile offers "Join the waitlist" instead.
     */
    public static DirectoryQuery parse(String q, String specialty, String approach, String language, String format,
            String country, String city, String maxFee, String freeConsultation, String verified, String sort,
            String page, String size, String waitlistOpen, NearParams location, PriceParams price, Gazetteer places,
            String defaultCurrency) {
        List<FieldError> errors = new ArrayList<>();
        String text = QueryParams.blankToNull(q);
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("q", problem(m -> m.field_max_chars(200))));
        }
        String specialtyCode = QueryParams.blankToNull(specialty);
        if (text != null && text.length() <= 200) {
            // Plain words for a specialty ("can't sleep"): the specialty filter, and the other words as the text.
            Optional<PlainPhrases.Match> plain = PlainPhrases.match(text);
            if (plain.isPresent()) {
                specialtyCode = specialtyCode == null ? plain.get().specialty() : specialtyCode;
                text = plain.get().rest();
            }
        }
        if (specialtyCode != null && !Taxonomy.isSpecialty(specialtyCode)) {
            errors.add(new FieldError("specialty", problem(m -> m.field_specialty_code())));
        }
        String approachCode = QueryParams.blankToNull(approach);
        if (approachCode != null && !Taxonomy.isApproach(approachCode)) {
            errors.add(new FieldError("approach", profile(m -> m.directory_approach_code())));
        }
        String languageCode = QueryParams.blankToNull(language);
        if (languageCode != null && !List.of(Locale.getISOLanguages()).contains(languageCode)) {
            errors.add(new FieldError("language", profile(m -> m.directory_language_code())));
        }
        String formatCode = QueryParams.blankToNull(format);
        if (formatCode != null) {
            try {
                SessionFormat.fromCode(formatCode);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("format", problem(m -> m.field_one_of("online, in_person"))));
            }
        }
        String countryCode = QueryParams.blankToNull(country);
        if (countryCode != null && !List.of(Locale.getISOCountries()).contains(countryCode)) {
            errors.add(new FieldError("country", problem(m -> m.field_country())));
        }
        String cityName = QueryParams.blankToNull(city);
        if (cityName != null && cityName.length() > 120) {
            errors.add(new FieldError("city", problem(m -> m.field_max_chars(120))));
        }
        BigDecimal fee = null;
        if (QueryParams.blankToNull(maxFee) != null) {
            try {
                fee = new BigDecimal(maxFee.strip());
                if (fee.signum() < 0) {
                    errors.add(new FieldError("maxFee", profile(m -> m.directory_zero_or_more())));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("maxFee", profile(m -> m.directory_number())));
            }
        }
        boolean onlyFree = false;
        if (QueryParams.blankToNull(freeConsultation) != null) {
            switch (freeConsultation.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> onlyFree = true;
                case "false" -> onlyFree = false;
                default -> errors.add(new FieldError("freeConsultation", problem(m -> m.field_true_or_false())));
            }
        }
        boolean onlyVerified = false;
        if (QueryParams.blankToNull(verified) != null) {
            switch (verified.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> onlyVerified = true;
                case "false" -> onlyVerified = false;
                default -> errors.add(new FieldError("verified", problem(m -> m.field_true_or_false())));
            }
        }
        boolean onlyWaitlist = false;
        if (QueryParams.blankToNull(waitlistOpen) != null) {
            switch (waitlistOpen.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> onlyWaitlist = true;
                case "false" -> onlyWaitlist = false;
                default -> errors.add(new FieldError("waitlistOpen", problem(m -> m.field_true_or_false())));
            }
        }
        Sort order = text == null ? Sort.NAME : Sort.RELEVANCE;
        if (QueryParams.blankToNull(sort) != null) {
            try {
                order = Sort.parse(sort.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sort", problem(m -> m.field_one_of("relevance, name, fee, soonest, distance"))));
            }
        }
        Near near = near(location, countryCode, places, errors);
        String currencyCode = QueryParams.blankToNull(price.currency());
        if (currencyCode != null) {
            try {
                if (!Currency.getInstance(currencyCode).getCurrencyCode().equals(currencyCode)) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("currency", profile(m -> m.directory_currency_code())));
            }
        } else if (fee != null) {
            currencyCode = QueryParams.blankToNull(defaultCurrency);
            if (currencyCode == null) {
                errors.add(new FieldError("currency", profile(m -> m.directory_currency_with_fee())));
            }
        }
        boolean onlyReduced = bool(price.reducedFee(), "reducedFee", errors);
        if (order == Sort.DISTANCE && near == null && errors.stream().noneMatch(e -> e.field().equals("near"))) {
            errors.add(new FieldError("sort", profile(m -> m.directory_distance_needs_place())));
        }
        int pageNumber = QueryParams.integer(page, 0, 0, MAX_PAGE, "page", errors);
        int pageSize = QueryParams.integer(size, DEFAULT_SIZE, 1, MAX_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (order == Sort.RELEVANCE && text == null) {
            order = Sort.NAME; // nothing to be relevant to
        }
        return new DirectoryQuery(text, specialtyCode, approachCode, languageCode, formatCode, countryCode, cityName,
                fee, onlyFree, onlyVerified, order, QueryParams.blankToNull(sort) == null, pageNumber, pageSize, onlyWaitlist,
                near, currencyCode, onlyReduced);
    }

    private static Near near(NearParams raw, String country, Gazetteer places, List<FieldError> errors) {
        String placeId = QueryParams.blankToNull(raw.near());
        String latText = QueryParams.blankToNull(raw.lat());
        String lonText = QueryParams.blankToNull(raw.lon());
        int radius = QueryParams.integer(raw.radiusKm(), DEFAULT_RADIUS_KM, 1, MAX_RADIUS_KM, "radiusKm", errors);
        boolean includeOnline = bool(raw.includeOnline(), "includeOnline", errors);
        Place place = null;
        Double lat = null;
        Double lon = null;
        if (placeId != null && (latText != null || lonText != null)) {
            errors.add(new FieldError("near", profile(m -> m.directory_near_or_coordinates())));
            return null;
        }
        if (placeId != null) {
            place = places == null ? null : places.byId(placeId).orElse(null);
            if (place == null) {
                errors.add(new FieldError("near", problem(m -> m.field_place_id())));
                return null;
            }
            lat = place.lat();
            lon = place.lon();
        } else if (latText != null || lonText != null) {
            lat = coordinate(latText, "lat", 90, errors);
            lon = coordinate(lonText, "lon", 180, errors);
            if (lat == null || lon == null) {
                return null;
            }
        } else {
            if (QueryParams.blankToNull(raw.radiusKm()) != null) {
                errors.add(new FieldError("radiusKm", profile(m -> m.directory_needs_place())));
            }
            if (includeOnline) {
                errors.add(new FieldError("includeOnline", profile(m -> m.directory_needs_place())));
            }
            return null;
        }
        String licensedIn = null;
        if (includeOnline) {
            // Online sessions are allowed where the specialist is licensed: the country asked for, else the place's.
            licensedIn = country != null ? country : place != null ? place.country() : null;
            if (licensedIn == null) {
                errors.add(new FieldError("country", profile(m -> m.directory_country_for_online())));
                return null;
            }
        }
        return new Near(lat, lon, radius, licensedIn);
    }

    private static Double coordinate(String text, String name, double limit, List<FieldError> errors) {
        Text message = profile(m -> m.directory_coordinate((int) -limit, (int) limit));
        if (text == null) {
            errors.add(new FieldError(name, message));
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && value >= -limit && value <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, message));
        return null;
    }

    private static boolean bool(String raw, String name, List<FieldError> errors) {
        String value = QueryParams.blankToNull(raw);
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> { return true; }
            case "false" -> { return false; }
            default -> {
                errors.add(new FieldError(name, problem(m -> m.field_true_or_false())));
                return false;
            }
        }
    }

}
