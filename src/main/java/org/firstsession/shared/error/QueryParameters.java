package org.firstsession.shared.error;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.firstsession.shared.i18n.Details;
import org.firstsession.shared.i18n.Text;

/**
 * Finds the query parameters of the matched resource method whose value does not convert to the declared
 * type (a number, a boolean, an id), so that {@code ?page=abc} is a 400 naming {@code page} rather than the
 * 404 JAX-RS prescribes.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static List<FieldError> unconvertible(SimpleResourceInfo resource, UriInfo uri) {
        if (resource == null || resource.getResourceClass() == null || uri == null) {
            return List.of();
        }
        Method method = find(resource);
        if (method == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = annotation(parameter.getAnnotations(), QueryParam.class);
            if (query == null) {
                continue;
            }
            String value = uri.getQueryParameters().getFirst(query.value());
            if (value == null) {
                continue;
            }
            Text expected = expectation(parameter.getType(), value);
            if (expected != null) {
                errors.add(new FieldError(query.value(), expected));
            }
        }
        return errors;
    }

    /** Null when the value converts, else what was expected. */
    private static Text expectation(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.strip());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.strip());
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    return Details.problem(m -> m.field_true_or_false());
                }
            } else if (type == UUID.class) {
                UUID.fromString(value);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return type == UUID.class ? Details.problem(m -> m.field_id()) : Details.problem(m -> m.field_whole_number());
        }
    }

    private static Method find(SimpleResourceInfo resource) {
        for (Method candidate : resource.getResourceClass().getMethods()) {
            if (candidate.getName().equals(resource.getMethodName())
                    && Arrays.equals(candidate.getParameterTypes(), resource.parameterTypes())) {
                return candidate;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <A extends Annotation> A annotation(Annotation[] annotations, Class<A> type) {
        for (Annotation annotation : annotations) {
            if (type.isInstance(annotation)) {
                return (A) annotation;
            }
        }
        return null;
    }
}
