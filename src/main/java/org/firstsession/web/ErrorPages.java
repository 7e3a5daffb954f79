package org.firstsession.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.shared.error.Problem;
import org.firstsession.shared.error.ProblemLanguage;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Msg;
import org.firstsession.shared.i18n.Text;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** The friendly HTML error pages (404, 403, 500, ...) in the site's layout and language, for page paths only. */
@ApplicationScoped
public class ErrorPages {

    private final Template error;
    private final Languages languages;
    private final Instance<VisitorLanguage> visitorLanguage;

    ErrorPages(@Location("error.html") Template error, Languages languages, Instance<VisitorLanguage> visitorLanguage) {
        this.error = error;
        this.languages = languages;
        this.visitorLanguage = visitorLanguage;
    }

    public Response response(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(status, message)).build();
    }

    /** The error page with a message in the visitor's language. */
    public Response response(int status, Text message) {
        return response(status, message.in(locale()));
    }

    public String render(int status, String message) {
        Locale locale = locale();
        return error.instance().setLocale(locale).data("status", status).data("heading", heading(status, languages.messages(locale)))
                .data("message", message).render();
    }

    /** A problem's detail in the visitor's language ("The specialist was not found."). */
    public String detail(Problem problem) {
        return ProblemLanguage.detail(problem, locale(), languages);
    }

    /** The heading for a status in the visitor's language ("We couldn't find that page"). */
    public String heading(int status) {
        return heading(status, languages.messages(locale()));
    }

    private Locale locale() {
        return Arc.container().requestContext().isActive() ? visitorLanguage.get().locale() : languages.fallback();
    }

    static String heading(int status, Msg msg) {
        return switch (status) {
            case 400 -> msg.error_heading_400();
            case 403 -> msg.error_heading_403();
            case 404 -> msg.error_heading_404();
            case 405 -> msg.error_heading_405();
            case 409 -> msg.error_heading_409();
            case 413 -> msg.error_heading_413();
            case 429 -> msg.error_heading_429();
            case 503 -> msg.error_heading_503();
            default -> status >= 500 ? msg.error_heading_5xx() : msg.error_heading_4xx();
        };
    }
}
