package org.firstsession.specialist;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Msg;
import org.firstsession.specialist.Taxonomy.Term;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/taxonomy")
@Tag(name = "Specialists")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    public record TaxonomyView(List<Term> specialties, List<Term> approaches, List<Term> sessionFormats) {
    }

    private final Languages languages;

    TaxonomyResource(Languages languages) {
        this.languages = languages;
    }

    @Operation(summary = "Vocabularies",
            description = "Public. The specialty, approach and session-format codes profiles, questions and filters use, "
                    + "with their labels in the caller's Accept-Language (English by default).")
    @GET
    @PermitAll
    public RestResponse<TaxonomyView> taxonomy(
            @Parameter(description = Languages.ACCEPT_LANGUAGE_DOC) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = languages.negotiate(acceptLanguage).orElse(languages.fallback());
        Msg msg = languages.messages(locale);
        TaxonomyView view = new TaxonomyView(labelled(Taxonomy.SPECIALTIES, locale), labelled(Taxonomy.APPROACHES, locale),
                List.of(new Term(SessionFormat.ONLINE.code(), msg.format_online()),
                        new Term(SessionFormat.IN_PERSON.code(), msg.format_in_person())));
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** The terms with their labels in {@code locale} (the {@code tax} bundle; its English is Taxonomy's). */
    private List<Term> labelled(List<Term> terms, Locale locale) {
        return terms.stream().map(t -> new Term(t.code(), languages.termLabel(t.code(), locale))).toList();
    }
}
