package org.firstsession.web;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.ProblemDocMsg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The problem catalogue for people: {@code /problems} lists every problem type, {@code /problems/{type}}
 * explains one. A problem's {@code type} URI ends in the same path, so following it on our site lands
 * here. HTML for browsers, in the visitor's language (titles from the {@code problem} bundle, explanations
 * and group headings from {@code problemdoc}); JSON for {@code Accept: application/json}, in English like the
 * OpenAPI document; an unknown type is a 404.
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
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Group> groups);

        static native TemplateInstance type(Entry problem);
    }

    private final ObjectMapper json;
    private final Languages languages;
    private final VisitorLanguage language;

    ProblemPages(ObjectMapper json, Languages languages, VisitorLanguage language) {
        this.json = json;
        this.languages = languages;
        this.language = language;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance listPage() {
        Locale locale = language.locale();
        Map<String, List<Entry>> byFeature = new LinkedHashMap<>();
        for (ProblemType problem : ProblemCatalogue.all()) {
            byFeature.computeIfAbsent(ProblemCatalogue.feature(problem), f -> new ArrayList<>()).add(inLanguage(problem, locale));
        }
        return Templates.list(byFeature.entrySet().stream()
                .map(e -> new Group(heading(e.getKey(), locale), e.getValue())).toList());
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
        return Templates.type(inLanguage(ProblemCatalogue.find(type).orElseThrow(() -> unknown(type)), language.locale()));
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

    /** A problem type as a person reads it in {@code locale}: its title and explanation from the bundles. */
    private Entry inLanguage(ProblemType problem, Locale locale) {
        String explanation = text("explain_" + problem.slug().replace('-', '_'), locale);
        return new Entry(problem.uri(), problem.slug(), problem.status(),
                languages.problemTitle(problem.slug(), problem.title(), locale),
                explanation == null ? problem.explanation() : explanation, ProblemCatalogue.feature(problem));
    }

    /** A feature's heading on the list ("Any operation", "Booking"); the feature's name if the bundle has none. */
    private String heading(String feature, Locale locale) {
        String heading = text("problems_group_" + feature, locale);
        return heading != null ? heading : Character.toUpperCase(feature.charAt(0)) + feature.substring(1);
    }

    /** The text of a {@code problemdoc} key, looked up by name (one method per key); null for a key it lacks. */
    private String text(String key, Locale locale) {
        try {
            return (String) ProblemDocMsg.class.getMethod(key).invoke(languages.bundle(ProblemDocMsg.class, locale));
        } catch (NoSuchMethodException unknown) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException unknown(String slug) {
        return ProblemException.notFound(problem(m -> m.not_found_problem_type()));
    }
}
