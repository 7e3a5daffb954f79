package org.firstsession.web;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.BookingView;
import org.firstsession.privacy.Consents;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.waitlist.WaitlistRequests.Join;
import org.firstsession.waitlist.WaitlistService;
import org.firstsession.waitlist.WaitlistViews.Offer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Waitlist pages: joining from a profile and leaving (from the profile or {@code /account}), and the offer
 * page the email links to. The offer link acts without a login (its token stands for the client), and is
 * scanner-safe: GET only shows the offer; Accept and Decline are POST forms with the CSRF token.
 */
@Path("/waitlist")
@Produces(MediaType.TEXT_HTML)
public class WaitlistPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance offer(String token, Offer offer, boolean open, Consents.Wording consent, String notice);

        static native TemplateInstance answered(Offer offer, BookingView booking);
    }

    private final WaitlistService waitlist;
    private final Viewer viewer;
    private final VisitorLanguage language;
    private final Consents consents;
    private final VisitorZone zone;

    WaitlistPages(WaitlistService waitlist, Viewer viewer, Consents consents, VisitorZone zone, VisitorLanguage language) {
        this.language = language;
        this.zone = zone;
        this.waitlist = waitlist;
        this.viewer = viewer;
        this.consents = consents;
    }

    @GET
    @Path("/offers/{token}")
    @PermitAll
    public TemplateInstance offer(@PathParam("token") String token) {
        return offerPage(token, null);
    }

    @POST
    @Path("/offers/{token}/accept")
    @PermitAll
    public Response accept(@PathParam("token") String token, @FormParam("consentVersion") String consentVersion) {
        try {
            BookingView booking = waitlist.acceptByToken(token, consentVersion, language.locale());
            return Response.ok(Templates.answered(waitlist.offerByToken(token), booking)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(offerPage(token, FormErrors.message(e))).build();
        }
    }

    @POST
    @Path("/offers/{token}/decline")
    @PermitAll
    public Response decline(@PathParam("token") String token) {
        try {
            return Response.ok(Templates.answered(waitlist.declineByToken(token), null)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(offerPage(token, FormErrors.message(e))).build();
        }
    }

    /** Joins from the profile's form; the profile says how it went ({@code ?waitlist=joined} or the refusal). */
    @POST
    @Path("/join")
    @Authenticated
    public Response join(@FormParam("specialistId") UUID specialistId, @FormParam("days") List<String> days,
            @FormParam("from") String from, @FormParam("to") String to) {
        if (specialistId == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_specialist()));
        }
        String outcome = "joined";
        try {
            waitlist.join(specialistId, viewer.verifiedAccountId(), parse(days, from, to), zone.id());
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 401 || e.status() == 403) {
                throw e;
            }
            outcome = e.slug();
        }
        return WebPaths.seeOther("/specialists/" + specialistId + "?waitlist=" + outcome + "#waitlist");
    }

    /** Leaves a waitlist; back to the profile or to {@code /account}. Someone else's entry: the 404 page. */
    @POST
    @Path("/{id}/leave")
    @Authenticated
    public Response leave(@PathParam("id") UUID entryId, @FormParam("back") String back) {
        UUID specialistId = waitlist.get(entryId, viewer.accountId()).specialistId();
        waitlist.leave(entryId, viewer.accountId());
        return WebPaths.seeOther("profile".equals(back) ? "/specialists/" + specialistId + "?waitlist=left#waitlist"
                : "/account?waitlist=left#waitlists");
    }

    private TemplateInstance offerPage(String token, String notice) {
        Offer offer = waitlist.offerByToken(token);
        boolean open = "OPEN".equals(offer.status()) && offer.expiresAt().isAfter(Instant.now());
        return Templates.offer(token, offer, open, consents.bookingWording(language.locale()), notice);
    }

    /** The join form: day checkboxes and "HH:MM" times; anything unreadable is a validation problem. */
    static Join parse(List<String> days, String from, String to) {
        List<DayOfWeek> parsed = new ArrayList<>();
        for (String day : days == null ? List.<String>of() : days) {
            try {
                parsed.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("days", booking(m -> m.waitlist_detail_days()));
            }
        }
        return new Join(parsed, time(from, "from"), time(to, "to"));
    }

    private static LocalTime time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, booking(m -> m.waitlist_detail_time()));
        }
    }
}
