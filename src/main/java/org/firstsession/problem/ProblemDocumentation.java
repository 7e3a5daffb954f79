package org.firstsession.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.firstsession.shared.error.CommonProblem;
import org.firstsession.shared.error.Problem;
import org.firstsession.shared.error.ProblemType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes every operation's error responses into the OpenAPI document from the problem catalogue, instead of
 * copying them by hand: the problems any request can meet (400, 401, a foreign Origin's 403, 406, 413, 414, 415, 429, 431, 500, 503),
 * those that follow from the operation's shape (403 when it needs a login, 404 with a path parameter, 409
 * when it writes, 422 with an Idempotency-Key), and the feature's own, named on the resource method as
 * {@code @Extension(name = "x-problems", value = "slot-taken too-short-notice ...")}. Each status gets the
 * Problem schema, an example body per problem type, and a description naming the types and their pages.
 * An unknown slug in {@code x-problems} fails the build.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemDocumentation implements OASFilter {

    public static final String EXTENSION = "x-problems";
    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String FIELD_ERROR_SCHEMA = "FieldError";
    /** quarkus.http.cors.methods (application.properties), which the cross-origin refusals enforce. */
    private static final List<PathItem.HttpMethod> CORS_METHODS = List.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.DELETE, PathItem.HttpMethod.OPTIONS);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        localDateTimes(openAPI);
        allowNulls(openAPI);
        addSchemas(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(path.getKey(), path.getValue(), entry.getKey(), entry.getValue());
            }
        }
    }

    private static void document(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        // What any request can meet, whatever the operation: the HTTP edge's checks (a body, a content type or an
        // Accept header the operation does not take), an invalid token, the rate limit, and our own failures.
        List<ProblemType> problems = new ArrayList<>(List.of(CommonProblem.VALIDATION, CommonProblem.MALFORMED_URI,
                CommonProblem.MALFORMED_BODY, CommonProblem.UNAUTHENTICATED, CommonProblem.NOT_ACCEPTABLE,
                CommonProblem.PAYLOAD_TOO_LARGE, CommonProblem.URI_TOO_LONG, CommonProblem.UNSUPPORTED_MEDIA_TYPE,
                CommonProblem.RATE_LIMITED, CommonProblem.HEADERS_TOO_LARGE, CommonProblem.INTERNAL, CommonProblem.UNAVAILABLE,
                CommonProblem.ORIGIN_NOT_ALLOWED));
        // shared.web.CrossOriginRefusals: a listed origin may use only the methods CORS allows.
        if (!CORS_METHODS.contains(method)) {
            problems.add(CommonProblem.CROSS_ORIGIN_METHOD_NOT_ALLOWED);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            problems.add(CommonProblem.FORBIDDEN);
        }
        if (path.contains("{")) {
            problems.add(CommonProblem.NOT_FOUND);
        }
        if (operation.getRequestBody() != null) {
            problems.add(CommonProblem.MALFORMED_JSON);
        }
        if (method != PathItem.HttpMethod.GET) {
            problems.add(CommonProblem.CONCURRENT_UPDATE);
        }
        if (parameters(item, operation).stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            problems.add(CommonProblem.IDEMPOTENCY_KEY_REUSED);
        }
        problems.addAll(named(path, method, operation));

        Map<Integer, List<ProblemType>> byStatus = new TreeMap<>();
        for (ProblemType problem : problems) {
            List<ProblemType> atStatus = byStatus.computeIfAbsent(problem.status(), s -> new ArrayList<>());
            if (!atStatus.contains(problem)) {
                atStatus.add(problem);
            }
        }
        for (Map.Entry<Integer, List<ProblemType>> status : byStatus.entrySet()) {
            operation.getResponses().addAPIResponse(String.valueOf(status.getKey()), response(status.getValue()));
        }
    }

    /** The feature problems named on the operation (its {@code x-problems} extension), which stays as a machine-readable list. */
    private static List<ProblemType> named(String path, PathItem.HttpMethod method, Operation operation) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get(EXTENSION);
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            // A method with its own @APIResponse gets its @Extension on that response: move it to the operation.
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                if (response.getExtensions() != null && response.getExtensions().containsKey(EXTENSION)) {
                    value = response.getExtensions().get(EXTENSION);
                    response.removeExtension(EXTENSION);
                }
            }
        }
        if (value == null) {
            return List.of();
        }
        List<ProblemType> found = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (String slug : value.toString().trim().split("[\\s,]+")) {
            found.add(ProblemCatalogue.find(slug).orElseThrow(() -> new IllegalStateException(
                    method + " " + path + " names the problem type '" + slug + "', which no problem enum defines")));
            slugs.add(slug);
        }
        operation.addExtension(EXTENSION, slugs);
        return found;
    }

    private static APIResponse response(List<ProblemType> problems) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        for (ProblemType problem : problems) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", problem.uri());
            body.put("title", problem.title());
            body.put("status", problem.status());
            body.put("detail", problem.explanation());
            if (problem == CommonProblem.VALIDATION) {
                body.put("errors", List.of(Map.of("field", "name", "message", "must not be blank")));
            }
            media.addExample(problem.slug(), OASFactory.createExample().summary(problem.title()).value(body));
        }
        String description = problems.stream()
                .map(p -> "`" + p.slug() + "` (" + p.title() + "): " + p.explanation() + " See /problems/" + p.slug() + ".")
                .collect(Collectors.joining("\n\n"));
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
    }

    /** A local date-time (a slot's wall-clock time) has no offset: not the offset date-time "date-time" means. */
    private static void localDateTimes(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().get("LocalDateTime") != null) {
            openAPI.getComponents().getSchemas().get("LocalDateTime").setFormat("local-date-time");
        }
    }

    /**
     * Our JSON writes absent values as {@code null}; a property the schema does not require may be null
     * (OpenAPI 3.0 {@code nullable}). A {@code $ref} cannot carry {@code nullable} beside it (SmallRye writes
     * {@code allOf: [$ref], nullable: true}, which validators read as "never null"), so a property that refers
     * to another schema gets a nullable copy of it instead, named by its title.
     */
    private static void allowNulls(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        for (Schema schema : components.values()) {
            allowNulls(schema, components, 0);
        }
    }

    private static void allowNulls(Schema schema, Map<String, Schema> components, int depth) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
            Schema value = property.getValue();
            if (required.contains(property.getKey())) {
                continue;
            }
            Schema target = referenced(value, components);
            if (target != null) {
                if (depth < 4) {
                    schema.addProperty(property.getKey(), nullableCopy(target, referenceName(value), value.getDescription(),
                            components, depth + 1));
                }
            } else if (value.getType() != null && !value.getType().isEmpty()) {
                nullable(value);
                allowNulls(value, components, depth);
            }
        }
    }

    private static Schema nullableCopy(Schema target, String name, String description, Map<String, Schema> components,
            int depth) {
        Schema copy = OASFactory.createSchema().title(name).description(description != null ? description : target.getDescription())
                .format(target.getFormat()).pattern(target.getPattern()).items(target.getItems())
                .required(target.getRequired()).example(target.getExample())
                .additionalPropertiesSchema(target.getAdditionalPropertiesSchema())
                .additionalPropertiesBoolean(target.getAdditionalPropertiesBoolean());
        copy.setType(target.getType() == null ? null : new ArrayList<>(target.getType()));
        if (target.getProperties() != null) {
            copy.setProperties(new LinkedHashMap<>(target.getProperties()));
        }
        nullable(copy);
        if (target.getEnumeration() != null && !target.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(target.getEnumeration());
            values.add(null);
            copy.setEnumeration(values);
        }
        allowNulls(copy, components, depth);
        return copy;
    }

    private static void nullable(Schema schema) {
        if (schema.getType() != null && !schema.getType().isEmpty() && !schema.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
            types.add(Schema.SchemaType.NULL);
            schema.setType(types);
        }
    }

    /** The schema a property refers to: {@code $ref}, or {@code allOf: [$ref]}; null for anything else. */
    private static Schema referenced(Schema value, Map<String, Schema> components) {
        String name = referenceName(value);
        return name == null ? null : components.get(name);
    }

    private static String referenceName(Schema value) {
        String ref = value.getRef();
        if (ref == null && value.getAllOf() != null && value.getAllOf().size() == 1) {
            ref = value.getAllOf().get(0).getRef();
        }
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }


    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static void addSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field or parameter")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The JSON path (fee.amount, specialties[0]) or the parameter's name"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("In the caller's Accept-Language (en, de or fr; English by default)"))
                .required(List.of("field", "message"));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. type is a stable URI a client can switch on; its page explains it. "
                        + "title, detail and the errors' messages come in the caller's Accept-Language (en, de or fr; "
                        + "English by default), named by the Content-Language header; type, status and field names never change.")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                        .description("https://firstsession.org/problems/<slug>; GET /problems/<slug> explains it"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref(FIELD_ERROR_SCHEMA)))
                .addProperty("requestId", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("On problems answered before the REST layer (shared.web.HttpEdge): the request's id, as in X-Request-Id"))
                .required(List.of("type", "title", "status"));
        openAPI.getComponents().addSchema(FIELD_ERROR_SCHEMA, fieldError);
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problem);
    }
}
