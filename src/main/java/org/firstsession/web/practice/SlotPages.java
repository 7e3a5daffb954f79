package org.firstsession.web.practice;

import static org.firstsession.web.WebPaths.seeOther;

import java.time.temporal.ChronoUnit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.SlotWindow;
import org.firstsession.booking.SlotRequest;
import org.firstsession.booking.SlotService;
import org.firstsession.booking.SlotView;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.web.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Offering slots: one, or a weekly rule with a preview before anything is saved; withdrawing one (a
 * booked one only together with its booking). Other people's slots are the service's 404.
 */
@Path("/specialist/slots")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SlotPages {

    public static final DateTimeFormatter SLOT_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    /**
     * One slot as the specialist sees it, in the profile's zone; {@code clashesWith} names the busy calendar
     * that keeps it from clients.
     */
    public record SlotLine(UUID id, String label, String state, UUID bookingId, String clashesWith) {
    }

    /** A skipped slot of a rule, and why. */
    public record SkippedLine(String label, String reason) {
    }

    @CheckedTemplate(basePath = "practice")
    static class Templates {
        static native TemplateInstance slots(SpecialistView profile, List<SlotLine> slots, String slotDate,
                String slotTime, RuleForm rule, List<SlotLine> preview, List<SkippedLine> skipped, FormErrors errors,
                String notice, List<DayOfWeek> week);
    }

    private final MyProfile me;
    private final SlotService slots;

    SlotPages(MyProfile me, SlotService slots) {
        this.me = me;
        this.slots = slots;
    }

    @GET
    public Response slotsPage(@QueryParam("done") String done, @QueryParam("withdrawn") Integer withdrawn,
            @QueryParam("booked") Integer booked) {
        Optional<SpecialistView> profile = me.find();
        if (profile.isEmpty()) {
            return seeOther("/specialist/profile");
        }
        String notice = "offered".equals(done) ? "The slot is offered."
                : "withdrawn".equals(done) ? "The slot is withdrawn."
                : "cancelled".equals(done) ? "The slot is withdrawn and the booking cancelled; the client is told."
                : "timeoff".equals(done) ? "Time off saved. " + (withdrawn == null ? 0 : withdrawn) + " open slots inside were withdrawn."
                        + (booked != null && booked > 0 ? " " + booked + " booked consultations fall inside: they are listed below, decide about each." : "")
                : "timeoff-refused".equals(done) ? "Time off not saved: the first day must be today or later, the last day not before the first and at most a year ahead."
                : "timeoff-removed".equals(done) ? "Time off removed. Withdrawn slots stay withdrawn: offer new ones if you like."
                : "buffer".equals(done) ? "The buffer is saved."
                : "buffer-refused".equals(done) ? "The buffer must be a whole number of minutes from 0 to 60." : null;
        return Response.ok(page(profile.get(), null, null, RuleForm.empty(), null, List.of(), FormErrors.none(), notice))
                .build();
    }

    /** One slot: a date and a time in the profile's zone. */
    @POST
    public Response offerSlot(@BeanParam SlotForm form) {
        SpecialistView profile = me.require();
        FormErrors errors = FormErrors.none();
        Instant start = form.start(profile.timeZone(), errors);
        if (!errors.any()) {
            try {
                slots.offer(profile.id(), me.accountId(), null, new SlotRequest(start, null));
                return seeOther("/specialist/slots?done=offered");
            } catch (ProblemException refusal) {
                FormErrors fieldErrors = FormErrors.of(refusal);
                if (fieldErrors.has("startsAt")) {
                    errors.add("slotDate", "The slot " + fieldErrors.get("startsAt") + ".");
                } else if (refusal.status() == 409) {
                    errors.add("slotTime", "This time overlaps one of your slots. Choose another time.");
                } else {
                    errors.add("slotDate", FormErrors.message(refusal));
                }
            }
        }
        return Response.status(400).entity(page(profile, form.slotDate(), form.slotTime(), RuleForm.empty(), null,
                List.of(), errors, "The slot was not offered: see the message next to the field.")).build();
    }

    /**
     * A weekly rule: "Preview" shows the slots it would make and saves nothing; "Create" saves them (the
     * same expansion, by the same service), with the idempotency key of the preview against double submits.
     */
    @POST
    @Path("/rule")
    public Response rule(@BeanParam RuleForm posted) {
        SpecialistView profile = me.require();
        RuleForm form = posted.posted();
        FormErrors errors = FormErrors.none();
        SlotRequest.Rule rule = form.toRule(errors);
        if (errors.any()) {
            return Response.status(400).entity(page(profile, null, null, form, null, List.of(), errors,
                    "Please check the weekly times.")).build();
        }
        try {
            SlotView.Created result = form.create()
                    ? slots.offer(profile.id(), me.accountId(), form.idempotencyKey(), new SlotRequest(null, rule))
                    : slots.previewRule(profile.id(), me.accountId(), rule);
            ZoneId zone = ZoneId.of(profile.timeZone());
            List<SlotLine> made = result.created().stream()
                    .map(s -> new SlotLine(s.id(), label(s.startsAt(), zone), SlotView.OPEN, null, null)).toList();
            List<SkippedLine> skipped = result.skipped().stream()
                    .map(s -> new SkippedLine(SLOT_TIME.format(s.localStart()), s.reason())).toList();
            if (form.create()) {
                String notice = made.size() + (made.size() == 1 ? " slot is" : " slots are") + " now offered."
                        + (skipped.isEmpty() ? "" : " " + skipped.size() + " skipped (listed below).");
                return Response.ok(page(profile, null, null, RuleForm.empty(), null, skipped, FormErrors.none(), notice))
                        .build();
            }
            String notice = made.isEmpty() ? "This rule would not make any new slot. Nothing is saved."
                    : "Preview: this rule would make the " + made.size() + (made.size() == 1 ? " slot" : " slots")
                            + " below. Nothing is saved until you choose \u201cCreate these slots\u201d.";
            return Response.ok(page(profile, null, null, form, made, skipped, FormErrors.none(), notice)).build();
        } catch (ProblemException refusal) {
            return Response.status(refusal.status() == 422 ? 422 : 400).entity(page(profile, null, null, form, null,
                    List.of(), RuleForm.refusal(refusal), "Nothing was saved: please check the weekly times.")).build();
        }
    }

    @POST
    @Path("/{id}/withdraw")
    public Response withdraw(@PathParam("id") UUID id, @FormParam("cancelBooking") String cancelBooking) {
        SpecialistView profile = me.require();
        boolean cancel = "true".equals(cancelBooking);
        try {
            slots.withdraw(id, me.accountId(), cancel);
            return seeOther("/specialist/slots?done=" + (cancel ? "cancelled" : "withdrawn"));
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(page(profile, null, null, RuleForm.empty(), null, List.of(),
                    FormErrors.none(), refusal.status() == 409 && "slot-booked".equals(refusal.slug())
                            ? "This slot is booked. Use \u201cWithdraw and cancel the booking\u201d: the client will be told."
                            : FormErrors.message(refusal))).build();
        }
    }

    private TemplateInstance page(SpecialistView profile, String slotDate, String slotTime, RuleForm rule,
            List<SlotLine> preview, List<SkippedLine> skipped, FormErrors errors, String notice) {
        List<SlotLine> lines = new ArrayList<>();
        if (profile.timeZone() != null) {
            ZoneId zone = ZoneId.of(profile.timeZone());
            Instant now = Instant.now();
            for (SlotView s : slots.mySlots(me.accountId(), SlotWindow.between(now.truncatedTo(ChronoUnit.SECONDS),
                    now.plus(Duration.ofDays(92)).truncatedTo(ChronoUnit.SECONDS))).items()) {
                if (!SlotView.WITHDRAWN.equals(s.state())) {
                    lines.add(new SlotLine(s.id(), label(s.startsAt(), zone), s.state(), s.bookingId(), s.clashesWith()));
                }
            }
        }
        return Templates.slots(profile, lines, slotDate, slotTime, rule, preview, skipped, errors, notice, WEEK);
    }

    private static String label(Instant start, ZoneId zone) {
        return SLOT_TIME.format(start.atZone(zone));
    }
}
