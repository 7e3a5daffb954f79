package org.firstsession.privacy;

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
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/consents")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private final Consents consents;
    private final Languages languages;

    ConsentResource(Consents consents, Languages languages) {
        this.consents = consents;
        this.languages = languages;
    }

    /** The wording a client agrees to when booking, in the caller's language; send its version as consentVersion. */
    @Operation(summary = "The booking consent",
            description = "Public. The wording and version of the consent a booking must send, in the caller's "
                    + "Accept-Language (language names it; the version is the same in every language). Send the booking "
                    + "with the same Accept-Language: the consent is recorded with the language it was read in.")
    @GET
    @Path("/booking")
    @PermitAll
    public RestResponse<Consents.Wording> booking(
            @Parameter(description = Languages.ACCEPT_LANGUAGE_DOC) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = languages.negotiate(acceptLanguage).orElse(languages.fallback());
        return RestResponse.ResponseBuilder.ok(consents.bookingWording(locale))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}
