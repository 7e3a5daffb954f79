package org.firstsession.specialist;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.specialist.Taxonomy.Term;

@Path("/api/taxonomy")
@Tag(name = "Specialists")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    public record TaxonomyView(List<Term> specialties, List<Term> approaches, List<Term> sessionFormats) {
    }

    @Operation(summary = "Vocabularies",
            description = "Public. The specialty, approach and session-format codes profiles, questions and filters use.")
    @GET
    @PermitAll
    public TaxonomyView taxonomy() {
        return new TaxonomyView(Taxonomy.SPECIALTIES, Taxonomy.APPROACHES,
                List.of(new Term(SessionFormat.ONLINE.code(), "Online"), new Term(SessionFormat.IN_PERSON.code(), "In person")));
    }
}
