package org.firstsession.shared.web;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.firstsession.shared.error.ProblemException;

/**
 * Validates a request body inside a resource method, for endpoints that must check something else
 * first (e.g. answer an anonymous caller with a 401 before judging what they sent).
 */
@ApplicationScoped
public class RequestValidator {

    private final Validator validator;

    RequestValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", problem(m -> m.field_required()));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
