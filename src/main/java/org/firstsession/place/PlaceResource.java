package org.firstsession.place;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.web.QueryParams;

/** Place suggestions from the shipped gazetteer, for the profile's place and the directory's "Near" field. */
@Path("/api/places")
@Tag(name = "Places")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

    static final int MAX_LIMIT = 20;
    static final int DEFAULT_LIMIT = 10;

    public record Places(List<PlaceSuggestion> items) {
    }

    private final Gazetteer gazetteer;

    PlaceResource(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GET
    @PermitAll
    @Operation(summary = "Suggest places", description = "Places with a name that starts with q, ignoring case and"
            + " accents: their own name or another in Latin script (q=münchen and q=munich both find Munich); each place"
            + " once, most populous first, with matchedName, the name that matched, and regionName, the name of its"
            + " first-level region. From the GeoNames gazetteer shipped with the app (CC BY).")
    public Places suggest(
            @Parameter(description = "Start of the place name, 1 to 100 characters (required)") @QueryParam("q") String q,
            @Parameter(description = "ISO 3166-1 alpha-2 country code") @QueryParam("country") String country,
            @Parameter(description = "How many places, 1 to 20, default 10") @QueryParam("limit") String limit) {
        List<FieldError> errors = new ArrayList<>();
        String prefix = QueryParams.blankToNull(q);
        if (prefix == null) {
            errors.add(new FieldError("q", problem(m -> m.field_required())));
        } else if (prefix.length() > 100) {
            errors.add(new FieldError("q", problem(m -> m.field_max_chars(100))));
        }
        String countryCode = QueryParams.blankToNull(country);
        if (countryCode != null && !List.of(Locale.getISOCountries()).contains(countryCode)) {
            errors.add(new FieldError("country", problem(m -> m.field_country())));
        }
        int max = QueryParams.integer(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Places(gazetteer.suggest(prefix, countryCode, max));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One place", description = "The place with this GeoNames id.")
    public Place place(@Parameter(description = "GeoNames id of the place") @PathParam("id") String id) {
        return gazetteer.byId(id).orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_place())));
    }
}
