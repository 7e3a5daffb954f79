package org.firstsession.photo;

import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.shared.error.CommonProblem;
import org.firstsession.account.CurrentUser;
import org.firstsession.photo.PhotoService.PhotoView;

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
    @PUT
    @RequestBody(content = { @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png") })
    @APIResponse(responseCode = "200", description = "Stored, re-encoded as JPEG; the profile's photoUrl points at it")
    @APIResponse(responseCode = "415", description = "Not sent as image/jpeg or image/png")
    @APIResponse(responseCode = "422", description = "Not a readable JPEG or PNG, or too small / too large in pixels")
    public PhotoView upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] image) {
        UUID me = currentUser.accountId();
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("image/jpeg") && !type.equals("image/png")) {
            throw CommonProblem.UNSUPPORTED_MEDIA_TYPE.exception("Send the photo itself as the body, with Content-Type image/jpeg or image/png.");
        }
        return photos.upload(me, image);
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Removed (also when there was none)")
    public void remove() {
        photos.remove(currentUser.accountId());
    }
}
