package org.firstsession.photo;

import static org.firstsession.shared.i18n.Details.profile;

import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.photo.PhotoService.PhotoView;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.error.CommonProblem;

import io.quarkus.security.Authenticated;

/** The specialist's own photo: upload (the image itself as the body) and remove. */
@Path("/api/me/specialist/photo")
@Tag(name = "Specialists")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PhotoResource {

    private final PhotoService photos;
    private final CurrentUser currentUser;

    PhotoResource(PhotoService photos, CurrentUser currentUser) {
        this.photos = photos;
        this.currentUser = currentUser;
    }

    /** Any content type reaches the method, so that the caller is authenticated before the type is judged. */
    @Operation(summary = "Upload my photo",
            description = "The image itself as the body (image/jpeg or image/png, at most 5 MB, 64 to 6000 pixels a side); it is re-encoded without metadata. Without a profile: 404.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "photo-unusable not-found")
    @PUT
    @RequestBody(content = { @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png") })
    @APIResponse(responseCode = "200", description = "Stored, re-encoded as JPEG; the profile's photoUrl points at it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    public PhotoView upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] image) {
        UUID me = currentUser.accountId();
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("image/jpeg") && !type.equals("image/png")) {
            throw CommonProblem.UNSUPPORTED_MEDIA_TYPE.exception(profile(m -> m.photo_media_type()));
        }
        return photos.upload(me, image);
    }

    @Operation(summary = "Remove my photo",
            description = "Removes the profile's photo (204). Without a profile: 404.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-found")
    @DELETE
    @APIResponse(responseCode = "204", description = "Removed (also when there was none)")
    public void remove() {
        photos.remove(currentUser.accountId());
    }
}
