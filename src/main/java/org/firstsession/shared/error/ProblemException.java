package org.firstsession.shared.error;

import java.util.List;

/**
 * A domain error of one catalogued {@link ProblemType}. Features throw these through their problem enum
 * ({@code BookingProblem.SLOT_TAKEN.exception("...")}); {@link ProblemMappers} renders them.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return CommonProblem.NOT_FOUND.exception(what + " was not found.");
    }

    /** 401 with a detail a page can show as is, e.g. "You need to be logged in to send messages". */
    public static ProblemException loginRequired(String detail) {
        return CommonProblem.UNAUTHENTICATED.exception(detail);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return CommonProblem.VALIDATION.exception("The request has invalid fields.", errors);
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), errors);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    /** The last segment of the problem type, e.g. {@code slot-booked}: what a page branches on. */
    public String slug() {
        return type.slug();
    }
}
