package org.firstsession.shared.error;

import java.util.List;

/**
 * A domain error that maps to exactly one HTTP status and problem type. Features throw these (or a
 * subclass with a meaningful name); {@link ProblemMappers} renders them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found.");
    }

    /** 401 with a detail a page can show as is, e.g. "You need to be logged in to send messages". */
    public static ProblemException loginRequired(String detail) {
        return new ProblemException(401, "unauthenticated", "Unauthorized", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", "The request has invalid fields.",
                List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request", "The request has invalid fields.", errors);
    }

    public Problem toProblem() {
        return new Problem(Problem.type(slug), title, status, getMessage(), errors);
    }

    public int status() {
        return status;
    }

    /** The last segment of the problem type, e.g. {@code slot-booked}: what a page branches on. */
    public String slug() {
        return slug;
    }
}
