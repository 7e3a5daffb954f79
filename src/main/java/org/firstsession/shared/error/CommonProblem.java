package org.firstsession.shared.error;

/**
 * Problems any operation can answer: the HTTP layer's refusals, authentication, validation, overload and
 * our own failures. Feature rules live in the features' enums.
 */
public enum CommonProblem implements ProblemType {

    VALIDATION(400, "validation", "Invalid request",
            "Some fields or parameters of the request are invalid; errors names each one (field) and says why (message). Fix them and send the request again."),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON",
            "The request body is not valid JSON. Send a JSON object as described for the operation."),
    MALFORMED_BODY(400, "malformed-body", "Bad Request",
            "The request body does not match the content type the request announced."),
    MALFORMED_URI(400, "malformed-uri", "Bad Request",
            "The request URI cannot be read, for example a % that is not followed by two hexadecimal digits. Percent-encode the path and query."),
    BAD_REQUEST(400, "bad-request", "Bad Request", "The server could not understand the request."),
    UNAUTHENTICATED(401, "unauthenticated", "Unauthorized",
            "The operation needs a logged-in caller: send a valid bearer token (Authorization: Bearer ...) from the identity provider."),
    FORBIDDEN(403, "forbidden", "Forbidden", "The caller is logged in but not allowed to do this."),
    ADMIN_ONLY(403, "admin-only", "Forbidden", "Only the platform's admins may do this."),
    ORIGIN_NOT_ALLOWED(403, "origin-not-allowed", "Forbidden",
            "The request came from a web page on another site (its Origin header), and only the sites in CORS_ORIGINS may call the API from a browser."),
    CROSS_ORIGIN_METHOD_NOT_ALLOWED(403, "method-not-allowed-cross-origin", "Forbidden",
            "Pages on the allowed sites may use only the HTTP methods CORS allows (GET, POST, PUT, DELETE, OPTIONS)."),
    NOT_FOUND(404, "not-found", "Not Found",
            "The resource does not exist, or it is not visible to the caller (other people's private things are answered as not found)."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed",
            "This resource does not support the HTTP method; the Allow header lists the ones it does."),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not Acceptable",
            "The operation cannot answer in any media type the Accept header allows."),
    REQUEST_TIMEOUT(408, "request-timeout", "Request Timeout", "The request was not received in time."),
    CONFLICT(409, "conflict", "Conflict", "The request conflicts with the current state of the resource."),
    CONCURRENT_UPDATE(409, "concurrent-update", "Conflict",
            "Someone else changed the same thing at the same time. Reload it and try again."),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload Too Large",
            "The request body is larger than the operation accepts."),
    URI_TOO_LONG(414, "uri-too-long", "URI Too Long",
            "The request line is too long; send fewer or shorter query parameters."),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type",
            "The request's Content-Type is not one the operation reads (usually application/json)."),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused",
            "The Idempotency-Key was already used with a different request. Use a new key for a new request; a retry must send the same body."),
    RATE_LIMITED(429, "rate-limited", "Too many requests",
            "The caller sent too many requests or reached a limit of the platform; the Retry-After header says how many seconds to wait."),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request Header Fields Too Large",
            "The request headers are larger than the server accepts."),
    INTERNAL(500, "internal", "Internal Server Error",
            "Something went wrong on our side. The detail carries an error id; quote it when you contact us."),
    UNAVAILABLE(503, "unavailable", "Service Unavailable",
            "The service is overloaded or its database is briefly unavailable; try again after the seconds in Retry-After.");

    private final Definition definition;

    CommonProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }

    /** The problem for a bare HTTP status raised by the REST layer or the router. */
    public static CommonProblem forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> REQUEST_TIMEOUT;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
