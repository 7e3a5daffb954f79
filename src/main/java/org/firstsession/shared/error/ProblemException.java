package org.firstsession.shared.error;

import java.util.List;
import java.util.Locale;

import org.firstsession.shared.i18n.ProblemMsg;
import org.firstsession.shared.i18n.Text;

/**
 * A domain error of one catalogued {@link ProblemType}. Features throw these through their problem enum
 * ({@code BookingProblem.SLOT_TAKEN.exception(booking(m -> m.booking_slot_taken()))}); {@link ProblemMappers}
 * renders them and {@link ProblemLanguage} puts the detail and field messages in the caller's language.
 * {@link #getMessage()} is the English detail (what logs and English readers get).
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Text detail;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, Text detail, List<FieldError> errors) {
        super(detail.english(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** A detail shown as written in every language; prefer a {@link Text} from a bundle. */
    public ProblemException(ProblemType type, String detail) {
        this(type, Text.verbatim(detail), List.of());
    }

    /** A detail shown as written in every language; prefer a {@link Text} from a bundle. */
    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, Text.verbatim(detail), errors);
    }

    /** 404 with a whole sentence, e.g. {@code problem(m -> m.not_found_booking())}: "The booking was not found." */
    public static ProblemException notFound(Text detail) {
        return CommonProblem.NOT_FOUND.exception(detail);
    }

    /** English only ("The X was not found."); prefer {@link #notFound(Text)}. */
    public static ProblemException notFound(String what) {
        return CommonProblem.NOT_FOUND.exception(what + " was not found.");
    }

    /** 401 with a detail a page can show as is, e.g. "You need to be logged in to book a free consultation". */
    public static ProblemException loginRequired(Text detail) {
        return CommonProblem.UNAUTHENTICATED.exception(detail);
    }

    /** English only; prefer {@link #loginRequired(Text)}. */
    public static ProblemException loginRequired(String detail) {
        return CommonProblem.UNAUTHENTICATED.exception(detail);
    }

    public static ProblemException invalid(String field, Text message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** English only; prefer {@link #invalid(String, Text)}. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return CommonProblem.VALIDATION.exception(Text.of(ProblemMsg.class, ProblemMsg::detail_invalid_fields), errors);
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), errors, detail);
    }

    public ProblemType type() {
        return type;
    }

    /** The detail, to render in a reader's language. */
    public Text detail() {
        return detail;
    }

    /** The detail in {@code locale} (a page shows it in the visitor's language). */
    public String detail(Locale locale) {
        return detail.in(locale);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public int status() {
        return type.status();
    }

    /** The last segment of the problem type, e.g. {@code slot-booked}: what a page branches on. */
    public String slug() {
        return type.slug();
    }
}
