package org.firstsession.directory;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.place.Gazetteer;
import org.firstsession.shared.Page;
import org.firstsession.specialist.ProfileTexts;

@Path("/api/specialists")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    private final DirectoryService directory;
    private final Gazetteer places;

    private final DirectoryConfig config;

    DirectoryResource(DirectoryService directory, Gazetteer places, DirectoryConfig config) {
        this.config = config;
        this.directory = directory;
        this.places = places;
    }

    @Operation(summary = "Search the directory",
            description = "Public. Published profiles filtered by text, specialty, approach, language, format, country, city, fee, free consultation and verification, sorted and paged; counts up to 1,000."
                    + " Each headline is in the first language of Accept-Language the specialist wrote it in (textLanguage, translatedFrom), else as written; text search finds the translations' words too.")
    @GET
    @PermitAll
    public Page<DirectoryItem> search(
            @Parameter(description = "Full-text search over name, title, headline, specialties and bio") @QueryParam("q") String q,
            @Parameter(description = "Specialty code from /api/taxonomy") @QueryParam("specialty") String specialty,
            @Parameter(description = "Approach code from /api/taxonomy") @QueryParam("approach") String approach,
            @Parameter(description = "ISO 639-1 language code") @QueryParam("language") String language,
            @Parameter(description = "online or in_person") @QueryParam("format") String format,
            @Parameter(description = "ISO 3166-1 alpha-2 country code") @QueryParam("country") String country,
            @Parameter(description = "City name, case-insensitive") @QueryParam("city") String city,
            @Parameter(description = "Highest fee per regular session, in currency (required with maxFee unless a default currency is configured)") @QueryParam("maxFee") String maxFee,
            @Parameter(description = "ISO 4217 code: only fees in this currency (maxFee is in it)") @QueryParam("currency") String currency,
            @Parameter(description = "true: only specialists offering reduced fees (sliding scale)") @QueryParam("reducedFee") String reducedFee,
            @Parameter(description = "true: only specialists with an open free slot in the next 14 days") @QueryParam("freeConsultation") String freeConsultation,
            @Parameter(description = "true: only specialists whose licence check is valid") @QueryParam("verified") String verified,
            @Parameter(description = "relevance (default with q), name (default), fee, soonest (next free slot), distance (with near or lat/lon); without sort, featured specialists come first") @QueryParam("sort") String sort,
            @Parameter(description = "0-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 50, default 20") @QueryParam("size") String size,
            @Parameter(description = "true: only specialists without a free slot in the next 14 days (clients join their waitlist)") @QueryParam("waitlistOpen") String waitlistOpen,
            @Parameter(description = "A place id from GET /api/places: only specialists whose place is within radiusKm of its centre; items carry distanceKm") @QueryParam("near") String near,
            @Parameter(description = "Latitude in degrees, with lon, instead of near") @QueryParam("lat") String lat,
            @Parameter(description = "Longitude in degrees, with lat, instead of near") @QueryParam("lon") String lon,
            @Parameter(description = "With near or lat/lon: the radius in km, 1 to 500, default 25") @QueryParam("radiusKm") String radiusKm,
            @Parameter(description = "With near or lat/lon, true: also specialists offering online sessions who are licensed in country (default: the place's country)") @QueryParam("includeOnline") String includeOnline,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return directory.search(DirectoryQuery.parse(q, specialty, approach, language, format, country, city, maxFee,
                freeConsultation, verified, sort, page, size, waitlistOpen,
                new DirectoryQuery.NearParams(near, lat, lon, radiusKm, includeOnline),
                new DirectoryQuery.PriceParams(currency, reducedFee), places, config.defaultCurrency().orElse(null)),
                ProfileTexts.readerLanguages(acceptLanguage));
    }

    /** The featured specialists on their own, for campaign pages; order rotates daily. */
    @Operation(summary = "Featured specialists",
            description = "Public. Today's rotation of the featured specialists.")
    @GET
    @Path("/featured")
    @PermitAll
    public List<DirectoryItem> featured(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return directory.featured(ProfileTexts.readerLanguages(acceptLanguage));
    }
}
