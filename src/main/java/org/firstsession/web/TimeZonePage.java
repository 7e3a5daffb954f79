package org.firstsession.web;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.account.AccountService;
import org.firstsession.account.TimeZones;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The visible zone selector: a cookie for visitors, the account's zone for logged-in users. */
@Path("/timezone")
@Produces(MediaType.TEXT_HTML)
public class TimeZonePage {

    public static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(TimeZones::isValid)
            .filter(z -> z.contains("/") && !z.startsWith("Etc/")).sorted().toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timezone(List<String> zones, String current, String next, FormErrors errors);
    }

    private final VisitorZone zone;
    private final VisitorLanguage language;
    private final Viewer viewer;
    private final AccountService accounts;

    TimeZonePage(VisitorZone zone, Viewer viewer, AccountService accounts, VisitorLanguage language) {
        this.language = language;
        this.zone = zone;
        this.viewer = viewer;
        this.accounts = accounts;
    }

    @GET
    @PermitAll
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.timezone(ZONES, zone.id(), WebPaths.safeNext(next), FormErrors.none());
    }

    @POST
    @PermitAll
    public Response choose(@FormParam("zone") String chosen, @FormParam("next") String next) {
        if (!TimeZones.isValid(chosen)) {
            return Response.status(400).entity(Templates.timezone(ZONES, zone.id(), WebPaths.safeNext(next),
                    FormErrors.none().add("zone", language.messages().tz_invalid()))).build();
        }
        if (viewer.loggedIn()) {
            accounts.changeTimeZone(viewer.accountId(), chosen);
        }
        // Written by hand: JAX-RS would quote a value with a slash, and the browser would keep the quotes.
        String cookie = VisitorZone.COOKIE + "=" + ZoneId.of(chosen).getId() + "; Path=/; Max-Age="
                + Duration.ofDays(365).toSeconds() + "; SameSite=Lax";
        return Response.seeOther(URI.create(WebPaths.safeNext(next))).header("Set-Cookie", cookie).build();
    }
}
