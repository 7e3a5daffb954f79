package org.firstsession.photo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.firstsession.shared.web.BodyLimit;

import io.vertx.ext.web.Router;

/** Photo uploads may be larger than other requests: tells {@link BodyLimit} their own limit. */
@ApplicationScoped
class PhotoUploadLimit {

    /** The API upload and the profile page's upload form. */
    static final String API_PATH = "/api/me/specialist/photo";
    static final String PAGE_PATH = "/specialist/profile/photo";

    void install(@Observes Router router, PhotoConfig config) {
        long max = config.maxUploadSize().asLongValue();
        for (String path : new String[] { API_PATH, PAGE_PATH }) {
            router.route(path).order(BodyLimit.ORDER_BEFORE).handler(ctx -> {
                ctx.put(BodyLimit.LIMIT_KEY, max);
                ctx.next();
            });
        }
    }
}
