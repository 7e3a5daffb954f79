package org.firstsession.shared.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.firstsession.shared.i18n.Details;
import org.firstsession.shared.i18n.Text;
import org.firstsession.shared.persistence.DatabaseOutage;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import java.io.IOException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;

/**
 * Turns every failure into {@code application/problem+json}. Responses never carry stack traces, SQL,
 * or class names; unexpected errors are logged with an id that the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Log context key of an unexpected error's id (the one the 500 problem shows). */
    public static final String ERROR_ID = "errorId";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = respond(e.toProblem());
        if (e instanceof TooManyRequestsException tooMany) {
            builder.header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds());
        }
        if (e instanceof ServiceUnavailableException unavailable) {
            builder.header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds());
        }
        if (e.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return respond(problem(CommonProblem.VALIDATION, "The request has invalid fields.", errors)).build();
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return invalidJson(e, Details.problem(m -> m.field_unknown()));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        Text expected = e.getTargetType() != null && e.getTargetType().isEnum()
                ? Details.problem(m -> m.field_unknown_value(enumValues(e.getTargetType())))
                : Details.problem(m -> m.field_wrong_type());
        return invalidJson(e, expected);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return invalidJson(e, Details.problem(m -> m.field_wrong_type()));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // A @JsonCreator that refuses a value says why in an IllegalArgumentException.
            Text message = e.getCause() instanceof InvalidValueException invalid ? invalid.text()
                    : e.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null
                            ? Text.verbatim(refused.getMessage())
                            : Details.problem(m -> m.field_invalid_value());
            return invalidJson(mapping, message);
        }
        return respond(problem(CommonProblem.MALFORMED_JSON, "The request body is not valid JSON.")).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, SimpleResourceInfo resource, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a query value cannot be converted to the parameter's type (page=abc):
            // that is a bad request naming the parameter; a path value that does not convert stays 404.
            List<FieldError> wrong = QueryParameters.unconvertible(resource, uri);
            if (!wrong.isEmpty()) {
                return respond(problem(CommonProblem.VALIDATION, "The request has invalid parameters.", wrong)).build();
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        CommonProblem type = CommonProblem.forStatus(status);
        String detail = switch (status) {
            case 404 -> "The resource was not found.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "The requested media type cannot be produced.";
            case 413 -> "The request body is too large.";
            case 415 -> "The request's content type is not supported; send application/json.";
            default -> status >= 500 ? "The server could not complete the request." : type.title() + ".";
        };
        Response.ResponseBuilder builder = respond(new Problem(type.uri(), type.title(), type.status(), detail, List.of()));
        if (status == 405 && e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e) {
        return respond(problem(CommonProblem.UNAUTHENTICATED, "You need to be logged in to do this."))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(problem(CommonProblem.FORBIDDEN, "You are not allowed to do this.")).build();
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e) {
        return respond(problem(CommonProblem.CONCURRENT_UPDATE, "Someone else changed this at the same time; reload and try again.")).build();
    }

    @ServerExceptionMapper
    public Response databaseUnavailable(JDBCConnectionException e) {
        DatabaseOutage.seen();
        LOG.warn("Database unavailable: " + e.getClass().getSimpleName());
        return respond(problem(CommonProblem.UNAVAILABLE, "The service is temporarily unavailable; try again shortly."))
                .header(HttpHeaders.RETRY_AFTER, 5)
                .build();
    }

    /**
     * A body the REST layer could not read as the form or multipart data its content type announced (also on
     * operations that read no body: Quarkus parses form content types for every request).
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (!fromBodyParsing(e)) {
            return unexpected(e);
        }
        return respond(problem(CommonProblem.MALFORMED_BODY, "The request body does not match its content type.")).build();
    }

    private static boolean fromBodyParsing(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                    || type.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (isDatabaseOutage(e)) {
            LOG.warn("Database connection lost during a request: " + e.getClass().getSimpleName());
            return respond(problem(CommonProblem.UNAVAILABLE, "The service is temporarily unavailable; try again shortly."))
                    .header(HttpHeaders.RETRY_AFTER, 5)
                    .build();
        }
        if (isUnstorableText(e)) {
            // The last line of defence: input rules (shared.web.ControlCharacters) refuse NUL where clients send text.
            return respond(problem(CommonProblem.VALIDATION, "The request contains a character that cannot be stored (such as NUL).")).build();
        }
        if (isStatementTimeout(e)) {
            // A statement ran past its timeout (the directory's, DIRECTORY_STATEMENT_TIMEOUT): overload or
            // a pathological query; the connection is free again and the client may retry shortly.
            LOG.warn("Statement timeout: " + e.getClass().getSimpleName());
            return respond(problem(CommonProblem.UNAVAILABLE, "The service is busy; try again shortly."))
                    .header(HttpHeaders.RETRY_AFTER, 2)
                    .build();
        }
        if (isConcurrentUpdate(e)) {
            // A version conflict found at commit arrives wrapped (RollbackException and friends).
            return concurrentUpdate(null);
        }
        String id = UUID.randomUUID().toString();
        // The id is also a field of the JSON log line (errorId), so an operator finds it from the 500 problem.
        MDC.put(ERROR_ID, id);
        try {
            LOG.errorf(e, "Unexpected error %s", id);
        } finally {
            MDC.remove(ERROR_ID);
        }
        return respond(problem(CommonProblem.INTERNAL, Details.problem(m -> m.internal_error(id)))).build();
    }

    /** PostgreSQL refused a text value: 22021 invalid byte sequence (a NUL character), 22P05 untranslatable character. */
    static boolean isUnstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL cancelled a statement (SQLState 57014 query_canceled: statement_timeout). */
    static boolean isStatementTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** See {@link DatabaseOutage}: certain signs of a lost database, and data-access failures around them. */
    static boolean isDatabaseOutage(Throwable e) {
        return DatabaseOutage.explains(e);
    }

    private static Response invalidJson(JsonMappingException e, Text message) {
        return respond(problem(CommonProblem.VALIDATION, "The request has invalid fields.", List.of(new FieldError(jsonPath(e), message)))).build();
    }

    static Problem problem(ProblemType type, String detail) {
        return problem(type, detail, List.of());
    }

    static Problem problem(ProblemType type, Text detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail.english(), List.of(), detail);
    }

    static Problem problem(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, errors);
    }

    static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** {@code fee.amount}, {@code specialties[2]} — the path in the JSON the client sent. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** Drops the method and parameter nodes of a Bean Validation path: {@code create.request.fee.amount} → {@code fee.amount}. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null && node.isInIterable() && !name.isEmpty()) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        if (name.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return name.toString();
    }

    private static String enumValues(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(constant.toString());
        }
        return String.join(", ", values);
    }

}
