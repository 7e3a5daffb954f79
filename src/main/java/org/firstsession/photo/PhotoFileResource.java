package org.firstsession.photo;

import static org.firstsession.shared.i18n.Details.problem;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.shared.error.ProblemException;

/**
 * Serves photos from our own address, so pages load images only from 'self'. A photo of a public profile
 * is cacheable by anyone (its id changes with every upload); a draft's or suspended profile's photo is
 * shown only to its owner, never stored; anything else is 404.
 */
@Path("/photos")
@Tag(name = "Specialists")
@PermitAll
public class PhotoFileResource {

    private final PhotoService photos;
    private final PhotoConfig config;
    private final CurrentUser currentUser;

    PhotoFileResource(PhotoService photos, PhotoConfig config, CurrentUser currentUser) {
        this.photos = photos;
        this.config = config;
        this.currentUser = currentUser;
    }

    @Operation(summary = "A specialist's photo",
            description = "The re-encoded JPEG of a public profile, cacheable; the owner (website session) also sees it while the profile is not public; else 404.")
    @GET
    @Path("/{id}")
    @Produces("image/jpeg")
    @APIResponse(responseCode = "200", description = "The photo", content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response photo(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PhotoService.Served photo = photos.find(id, currentUser.accountIdOrNull())
                .orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_photo())));
        String etag = "\"" + photo.id() + "\"";
        String cache = photo.isPublic() ? "public, max-age=" + config.cacheFor().toSeconds() : "private, no-store";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        return Response.ok(photo.content(), photo.contentType()).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cache).build();
    }
}
