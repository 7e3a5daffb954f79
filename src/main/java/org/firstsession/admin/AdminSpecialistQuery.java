package org.firstsession.admin;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.web.QueryParams;

/**
 * The admins' work list filters, parsed at the edge ({@link #parse}): every bad value is a 400 naming it.
 * {@code null} filters match everything.
 */
public record AdminSpecialistQuery(State status, Boolean featured, VerificationFilter verification, String q, int page,
        int size) {

    /** A profile's state as admins see it: a suspension overrides the profile's own status. */
    public enum State { DRAFT, PUBLISHED, UNPUBLISHED, SUSPENDED }

    /** VERIFIED (still valid), REJECTED, NONE (never checked) or DUE (verified, but past its validity). */
    public enum VerificationFilter { VERIFIED, REJECTED, NONE, DUE }

    public static AdminSpecialistQuery parse(String status, String featured, String verification, String q, int page,
            int size) {
        List<FieldError> errors = new ArrayList<>();
        State state = null;
        if (status != null && !status.isBlank()) {
            try {
                state = State.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", problem(m -> m.field_one_of("DRAFT, PUBLISHED, UNPUBLISHED, SUSPENDED"))));
            }
        }
        Boolean featuredFilter = null;
        if (featured != null && !featured.isBlank()) {
            switch (featured.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> featuredFilter = true;
                case "false" -> featuredFilter = false;
                default -> errors.add(new FieldError("featured", problem(m -> m.field_true_or_false())));
            }
        }
        VerificationFilter verificationFilter = null;
        if (verification != null && !verification.isBlank()) {
            try {
                verificationFilter = VerificationFilter.valueOf(verification.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("verification", problem(m -> m.field_one_of("VERIFIED, REJECTED, NONE, DUE"))));
            }
        }
        String text = QueryParams.blankToNull(q);
        if (text != null && q.length() > 200) {
            errors.add(new FieldError("q", problem(m -> m.field_max_chars(200))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AdminSpecialistQuery(state, featuredFilter, verificationFilter, text, page, size);
    }
}
