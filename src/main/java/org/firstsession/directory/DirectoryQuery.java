package org.firstsession.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.web.QueryParams;
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.Taxonomy;

/**
 * The directory's filters, parsed from raw query strings so that every bad value is a 400 naming the
 * parameter (JAX-RS would turn an unparsable number into a 404), and out-of-range values are refused
 * rather than clamped.
 */
public record DirectoryQuery(String q, String specialty, String approach, String language, String format,
        String country, String city, BigDecimal maxFee, boolean freeConsultation, boolean verifiedOnly, Sort sort,
        boolean defaultOrder, int page, int size, boolean waitlistOpen) {

    static final int MAX_SIZE = 50;
    static final int DEFAULT_SIZE = 20;
    static final int MAX_PAGE = 10_000;

    public enum Sort {
        RELEVANCE, NAME, FEE, SOONEST;

        static Sort parse(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public static DirectoryQuery parse(String q, String specialty, String approach, String language, String format,
            String country, String city, String maxFee, String freeConsultation, String verified, String sort,
            String page, String size) {
        return parse(q, specialty, approach, language, format, country, city, maxFee, freeConsultation, verified, sort,
                page, size, null);
    }

    /**
     * With {@code waitlistOpen}: {@code true} keeps only specialists without a bookable slot in the
     * free-consultation window, whose profile offers "Join the waitlist" instead.
     */
    public static DirectoryQuery parse(String q, String specialty, String approach, String language, String format,
            String country, String city, String maxFee, String freeConsultation, String verified, String sort,
            String page, String size, String waitlistOpen) {
        List<FieldError> errors = new ArrayList<>();
        String text = QueryParams.blankToNull(q);
        if (text != null && text.length() > 200) {
            errors.add(new FieldError("q", "must be at most 200 characters"));
        }
        String specialtyCode = QueryParams.blankToNull(specialty);
        if (specialtyCode != null && !Taxonomy.isSpecialty(specialtyCode)) {
            errors.add(new FieldError("specialty", "must be a specialty code from GET /api/taxonomy"));
        }
        String approachCode = QueryParams.blankToNull(approach);
        if (approachCode != null && !Taxonomy.isApproach(approachCode)) {
            errors.add(new FieldError("approach", "must be an approach code from GET /api/taxonomy"));
        }
        String languageCode = QueryParams.blankToNull(language);
        if (languageCode != null && !List.of(Locale.getISOLanguages()).contains(languageCode)) {
            errors.add(new FieldError("language", "must be an ISO 639-1 language code such as en or de"));
        }
        String formatCode = QueryParams.blankToNull(format);
        if (formatCode != null) {
            try {
                SessionFormat.fromCode(formatCode);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("format", "must be one of online, in_person"));
            }
        }
        String countryCode = QueryParams.blankToNull(country);
        if (countryCode != null && !List.of(Locale.getISOCountries()).contains(countryCode)) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 country code such as DE"));
        }
        String cityName = QueryParams.blankToNull(city);
        if (cityName != null && cityName.length() > 120) {
            errors.add(new FieldError("city", "must be at most 120 characters"));
        }
        BigDecimal fee = null;
        if (QueryParams.blankToNull(maxFee) != null) {
            try {
                fee = new BigDecimal(maxFee.strip());
                if (fee.signum() < 0) {
                    errors.add(new FieldError("maxFee", "must be zero or more"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("maxFee", "must be a number"));
            }
        }
        boolean onlyFree = false;
        if (QueryParams.blankToNull(freeConsultation) != null) {
            switch (freeConsultation.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> onlyFree = true;
                case "false" -> onlyFree = false;
                default -> errors.add(new FieldError("freeConsultation", "must be true or false"));
            }
        }
        boolean onlyVerified = false;
        if (QueryParams.blankToNull(verified) != null) {
            switch (verified.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> onlyVerified = true;
                case "false" -> onlyVerified = false;
                default -> errors.add(new FieldError("verified", "must be true or false"));
            }
        }
        boolean onlyWaitlist = false;
        if (QueryParams.blankToNull(waitlistOpen) != null) {
            switch (waitlistOpen.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> onlyWaitlist = true;
                case "false" -> onlyWaitlist = false;
                default -> errors.add(new FieldError("waitlistOpen", "must be true or false"));
            }
        }
        Sort order = text == null ? Sort.NAME : Sort.RELEVANCE;
        if (QueryParams.blankToNull(sort) != null) {
            try {
                order = Sort.parse(sort.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sort", "must be one of relevance, name, fee, soonest"));
            }
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
                fee, onlyFree, onlyVerified, order, QueryParams.blankToNull(sort) == null, pageNumber, pageSize, onlyWaitlist);
    }

}
