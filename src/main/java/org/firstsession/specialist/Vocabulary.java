package org.firstsession.specialist;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.firstsession.account.TimeZones;

/** A string that must be a code from a known vocabulary (null passes: combine with @NotNull). */
@Documented
@Constraint(validatedBy = Vocabulary.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface Vocabulary {

    Kind value();

    String message() default "{firstsession.vocabulary}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        LANGUAGE("must be an ISO 639-1 language code such as en or de"),
        COUNTRY("must be an ISO 3166-1 alpha-2 country code such as DE or GB"),
        TIME_ZONE("must be an IANA time zone such as Europe/Berlin"),
        CURRENCY("must be an ISO 4217 currency code such as EUR"),
        SPECIALTY("must be a specialty code from GET /api/taxonomy"),
        APPROACH("must be an approach code from GET /api/taxonomy"),
        HTTP_URL("must be an absolute http or https URL");

        final String message;

        Kind(String message) {
            this.message = message;
        }
    }

    class Validator implements ConstraintValidator<Vocabulary, String> {

        private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
        private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
        private Kind kind;

        @Override
        public void initialize(Vocabulary annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || matches(kind, value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(kind.message).addConstraintViolation();
            return false;
        }

        static boolean matches(Kind kind, String value) {
            return switch (kind) {
                case LANGUAGE -> LANGUAGES.contains(value);
                case COUNTRY -> COUNTRIES.contains(value);
                case TIME_ZONE -> TimeZones.isValid(value);
                case CURRENCY -> isCurrency(value);
                case SPECIALTY -> Taxonomy.isSpecialty(value);
                case APPROACH -> Taxonomy.isApproach(value);
                case HTTP_URL -> isHttpUrl(value);
            };
        }

        private static boolean isCurrency(String value) {
            try {
                return value.length() == 3 && Currency.getInstance(value) != null;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static boolean isHttpUrl(String value) {
            try {
                URI uri = new URI(value);
                return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null && !uri.getHost().isBlank();
            } catch (Exception e) {
                return false;
            }
        }
    }
}
