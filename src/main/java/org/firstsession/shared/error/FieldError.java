package org.firstsession.shared.error;

/** One invalid field of a request: {@code field} is the JSON path a client sent, e.g. {@code fee.amount}. */
public record FieldError(String field, String message) {
}
