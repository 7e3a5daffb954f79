package org.firstsession.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.firstsession.problem.ProblemCatalogue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every response an {@code @QuarkusTest} receives through RestAssured from {@code /api} must be described by
 * the app's own OpenAPI document (status, content type, body schema): a RestAssured filter installed before
 * each test (a Quarkus test callback, registered in META-INF/services). Requests are not validated: tests
 * send invalid requests on purpose, and the answers to those must be documented too. Every problem+json
 * response, on any path, must have a type from the problem catalogue.
 */
public class ApiContract implements Filter, QuarkusTestBeforeEachCallback {

    private static volatile OpenApiValidationFilter validation;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(ApiContract.class::isInstance)) {
            RestAssured.filters(new ApiContract());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        URI uri = URI.create(request.getURI());
        Response answer = uri.getPath().startsWith("/api/")
                ? validation(uri).filter(request, response, context)
                : context.next(request, response);
        String type = answer.getContentType();
        if (type != null && type.startsWith("application/problem+json")) {
            String problemType = JsonPath.from(answer.asString()).getString("type");
            String slug = problemType == null ? null : problemType.substring(problemType.lastIndexOf('/') + 1);
            if (problemType == null || !problemType.equals("https://firstsession.org/problems/" + slug)
                    || ProblemCatalogue.find(slug).isEmpty()) {
                throw new AssertionError(request.getMethod() + " " + uri.getPath() + " answered a problem type that is not in "
                        + "the problem catalogue: " + problemType);
            }
        }
        return answer;
    }

    private static OpenApiValidationFilter validation(URI uri) {
        if (validation == null) {
            synchronized (ApiContract.class) {
                if (validation == null) {
                    validation = new OpenApiValidationFilter(OpenApiInteractionValidator
                            .createForInlineApiSpecification(document(uri))
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                                    .build())
                            .build());
                }
            }
        }
        return validation;
    }

    private static String document(URI uri) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(uri.getScheme() + "://" + uri.getAuthority() + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + answer.statusCode());
            }
            // Kept for whoever reads a validation failure: the document the responses were checked against.
            Files.writeString(Path.of("target/openapi-validated.json"), answer.body());
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
