package org.firstsession.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The friendly HTML error pages (404, 403, 500, ...) in the site's layout, for page paths only. */
@ApplicationScoped
public class ErrorPages {

    private final Template error;

    ErrorPages(@Location("error.html") Template error) {
        this.error = error;
    }

    public Response response(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(status, message)).build();
    }

    public String render(int status, String message) {
        return error.data("status", status).data("heading", heading(status)).data("message", message).render();
    }

    static String heading(int status) {
        return switch (status) {
            case 400 -> "Something in the request was not right";
            case 403 -> "You can't do that here";
            case 404 -> "We couldn't find that page";
            case 405 -> "That doesn't work here";
            case 409 -> "That changed in the meantime";
            case 413 -> "That was too much to send";
            case 429 -> "Please slow down a little";
            case 503 -> "We're briefly unavailable";
            default -> status >= 500 ? "Something went wrong on our side" : "That didn't work";
        };
    }
}
