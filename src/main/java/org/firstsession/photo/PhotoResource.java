package org.firstsession.photo;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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

    @PUT
    @Consumes({ "image/jpeg", "image/png" })
    @APIResponse(responseCode = "200", description = "Stored, re-encoded as JPEG; the profile's photoUrl points at it")
    @APIResponse(responseCode = "422", description = "Not a readable JPEG or PNG, or too small / too large in pixels")
    public PhotoView upload(byte[] image) {
        return photos.upload(currentUser.accountId(), image);
    }

    @DELETE
    @APIResponse(responseCode = "204", description = "Removed (also when there was none)")
    public void remove() {
        photos.remove(currentUser.accountId());
    }
}
