package org.firstsession.shared.error;

import java.util.List;

import org.firstsession.shared.i18n.Text;

/**
 * One kind of problem: its HTTP status, slug (the last segment of the {@code type} URI) and title, written
 * once. Each feature keeps its kinds in one enum ({@code booking.BookingProblem}, ...), so a rule answers
 * the same everywhere; {@code problems.ProblemCatalogue} lists them all for the OpenAPI document and the
 * {@code /problems/{type}} pages.
 */
public interface ProblemType {

    /** Status, slug, title and explanation, as the enum constant declares them. */
    Definition definition();

    default int status() {
        return definition().status();
    }

    default String slug() {
        return definition().slug();
    }

    default String title() {
        return definition().title();
    }

    /** A short explanation for people: what happened and what to do about it. */
    default String explanation() {
        return definition().explanation();
    }

    default ProblemException exception(Text detail) {
        return new ProblemException(this, detail, List.of());
    }

    default ProblemException exception(Text detail, List<FieldError> errors) {
        return new ProblemException(this, detail, errors);
    }

    /** A detail shown as written in every language; prefer a {@link Text} from a bundle. */
    default ProblemException exception(String detail) {
        return new ProblemException(this, detail, List.of());
    }

    /** A detail shown as written in every language; prefer a {@link Text} from a bundle. */
    default ProblemException exception(String detail, List<FieldError> errors) {
        return new ProblemException(this, detail, errors);
    }

    /** The {@code type} URI, e.g. {@code https://firstsession.org/problems/slot-taken}. */
    default String uri() {
        return Problem.type(slug());
    }

    /** What one problem type declares; each feature's enum holds one per constant. */
    record Definition(int status, String slug, String title, String explanation) {
    }
}
