package org.firstsession.web;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.problem.ProblemCatalogue;
import org.firstsession.shared.error.Problem;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.error.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The problem catalogue for people: {@code /problems} lists every problem type, {@code /problems/{type}}
 * explains one. A problem's {@code type} URI ends in the same path, so following it on our site lands
 * here. HTML for browsers, JSON for {@code Accept: application/json}; an unknown type is a 404.
 */
@Path("/problems")
@PermitAll
public class ProblemPages {

    /** One problem type as the pages and the JSON show it. */
    public record Entry(String type, String slug, int status, String title, String explanation, String feature) {

        static Entry of(ProblemType problem) {
            return new Entry(problem.uri(), problem.slug(), problem.status(), problem.title(), problem.explanation(),
                    ProblemCatalogue.feature(problem));
        }
    }

    /** The problems of one feature, for the list page. */
    public record Group(String heading, List<Entry> entries) {

        static Group of(String feature, List<Entry> entries) {
            String heading = feature.equals("common") ? "Any operation"
                    : Character.toUpperCase(feature.charAt(0)) + feature.substring(1);
            return new Group(heading, entries);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Group> groups);

        static native TemplateInstance type(Entry problem);
    }

    private final ObjectMapper json;

    ProblemPages(ObjectMapper json) {
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance listPage() {
        Map<String, List<Entry>> byFeature = new LinkedHashMap<>();
        for (ProblemType problem : ProblemCatalogue.all()) {
            byFeature.computeIfAbsent(ProblemCatalogue.feature(problem), f -> new ArrayList<>()).add(Entry.of(problem));
        }
        return Templates.list(byFeature.entrySet().stream().map(e -> Group.of(e.getKey(), e.getValue())).toList());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Entry> list() {
        return ProblemCatalogue.all().stream().map(Entry::of).toList();
    }

    @GET
    @Path("/{type}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance typePage(@PathParam("type") String type) {
        return Templates.type(Entry.of(ProblemCatalogue.find(type).orElseThrow(() -> unknown(type))));
    }

    @GET
    @Path("/{type}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response type(@PathParam("type") String type) throws JsonProcessingException {
        var found = ProblemCatalogue.find(type);
        if (found.isEmpty()) {
            // As problem+json text: a Problem entity would become the HTML 404 page (WebFilters, for page paths).
            Problem problem = unknown(type).toProblem();
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
        }
        return Response.ok(Entry.of(found.get()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static ProblemException unknown(String slug) {
        return ProblemException.notFound(problem(m -> m.not_found_problem_type()));
    }
}
