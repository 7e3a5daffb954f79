package org.firstsession.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.firstsession.shared.error.FieldError;
import jakarta.validation.ConstraintViolationException;
import org.firstsession.shared.error.ProblemException;

/**
 * A service's field errors, by field name, for showing each message next to its form control
 * ({@code {#fielderror name="q" errors=errors /}}); messages about fields the form doesn't have are shown
 * at the top. A service's messages are put in the page's language ({@link VisitorLanguage#current()}).
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(List<FieldError> errors) {
        return of(errors, VisitorLanguage.current());
    }

    public static FormErrors of(List<FieldError> errors, Locale locale) {
        FormErrors out = new FormErrors();
        for (FieldError error : errors) {
            out.byField.merge(error.field(), error.message(locale), (a, b) -> a + "; " + b);
        }
        return out;
    }

    /** The field errors of a service's refusal: a ProblemException's list, or Bean Validation's violations. */
    public static FormErrors of(RuntimeException refusal) {
        return of(refusal, VisitorLanguage.current());
    }

    /** As {@link #of(RuntimeException)} with a service's messages in {@code locale} (English for a page that words them itself). */
    public static FormErrors of(RuntimeException refusal, Locale locale) {
        if (refusal instanceof ProblemException problem) {
            return of(problem.errors(), locale);
        }
        FormErrors out = new FormErrors();
        if (refusal instanceof ConstraintViolationException invalid) {
            for (var violation : invalid.getConstraintViolations()) {
                String field = null;
                for (var node : violation.getPropertyPath()) {
                    field = node.getName();
                }
                out.add(field == null ? "body" : field, violation.getMessage());
            }
        }
        return out;
    }

    /** What a service's refusal says, in the page's language (a ProblemException's detail). */
    public static String message(RuntimeException refusal) {
        return refusal instanceof ProblemException problem ? problem.detail(VisitorLanguage.current()) : refusal.getMessage();
    }

    public FormErrors add(String field, String message) {
        byField.merge(field, message, (a, b) -> a + "; " + b);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public int count() {
        return byField.size();
    }

    public Map<String, String> all() {
        return byField;
    }
}
