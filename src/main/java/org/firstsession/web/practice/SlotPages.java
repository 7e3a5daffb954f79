package org.firstsession.web.practice;

import static org.firstsession.web.WebPaths.seeOther;

import java.time.temporal.ChronoUnit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.ScheduleMsg;
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
    private final PracticeTexts texts;

    SlotPages(MyProfile me, SlotService slots, PracticeTexts texts) {
        this.me = me;
        this.slots = slots;
        this.texts = texts;
    }

    @GET
    public Response slotsPage(@QueryParam("done") String done, @QueryParam("withdrawn") Integer withdrawn,
            @QueryParam("booked") Integer booked) {
        Optional<SpecialistView> profile = me.find();
        if (profile.isEmpty()) {
            return seeOther("/specialist/profile");
        }
        ScheduleMsg m = texts.schedule();
        String notice = "offered".equals(done) ? m.slots_done_offered()
                : "withdrawn".equals(done) ? m.slots_done_withdrawn()
                : "cancelled".equals(done) ? m.slots_done_cancelled()
                : "timeoff".equals(done) ? m.slots_done_timeoff(withdrawn == null ? 0 : withdrawn)
                        + (booked != null && booked > 0 ? " " + m.slots_done_timeoff_booked(booked) : "")
                : "timeoff-refused".equals(done) ? m.slots_done_timeoff_refused()
                : "timeoff-removed".equals(done) ? m.slots_done_timeoff_removed()
                : "buffer".equals(done) ? m.slots_done_buffer()
                : "buffer-refused".equals(done) ? m.slots_done_buffer_refused() : null;
        return Response.ok(page(profile.get(), null, null, RuleForm.empty(), null, List.of(), FormErrors.none(), notice))
                .build();
    }

    /** One slot: a date and a time in the profile's zone. */
    @POST
    public Response offerSlot(@BeanParam SlotForm form) {
        SpecialistView profile = me.require();
        ScheduleMsg m = texts.schedule();
        FormErrors errors = FormErrors.none();
        Instant start = form.start(profile.timeZone(), errors, m, texts.practice());
        if (!errors.any()) {
            try {
                slots.offer(profile.id(), me.accountId(), null, new SlotRequest(start, null));
                return seeOther("/specialist/slots?done=offered");
            } catch (ProblemException refusal) {
                FieldError startRefusal = refusal.errors().stream().filter(e -> "startsAt".equals(e.field())).findFirst().orElse(null);
                if (startRefusal != null) {
                    errors.add("slotDate", startRefused(startRefusal, m, texts.locale()));
                } else if (refusal.status() == 409) {
                    errors.add("slotTime", m.slots_err_overlap());
                } else {
                    errors.add("slotDate", FormErrors.message(refusal));
                }
            }
        }
        return Response.status(400).entity(page(profile, form.slotDate(), form.slotTime(), RuleForm.empty(), null,
                List.of(), errors, m.slots_not_offered_notice())).build();
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
        ScheduleMsg m = texts.schedule();
        FormErrors errors = FormErrors.none();
        SlotRequest.Rule rule = form.toRule(errors, m, texts.practice());
        if (errors.any()) {
            return Response.status(400).entity(page(profile, null, null, form, null, List.of(), errors,
                    m.slots_check_rule())).build();
        }
        try {
            SlotView.Created result = form.create()
                    ? slots.offer(profile.id(), me.accountId(), form.idempotencyKey(), new SlotRequest(null, rule))
                    : slots.previewRule(profile.id(), me.accountId(), rule);
            ZoneId zone = ZoneId.of(profile.timeZone());
            List<SlotLine> made = result.created().stream()
                    .map(s -> new SlotLine(s.id(), texts.slotTime(s.startsAt(), zone), SlotView.OPEN, null, null)).toList();
            List<SkippedLine> skipped = result.skipped().stream()
                    .map(s -> new SkippedLine(texts.slotTime(s.localStart()), skipReason(s.reason(), m))).toList();
            if (form.create()) {
                String notice = (made.size() == 1 ? m.slots_created_one(1) : m.slots_created_many(made.size()))
                        + (skipped.isEmpty() ? "" : " " + m.slots_created_skipped(skipped.size()));
                return Response.ok(page(profile, null, null, RuleForm.empty(), null, skipped, FormErrors.none(), notice))
                        .build();
            }
            String notice = made.isEmpty() ? m.slots_preview_none()
                    : made.size() == 1 ? m.slots_preview_notice_one(1) : m.slots_preview_notice_many(made.size());
            return Response.ok(page(profile, null, null, form, made, skipped, FormErrors.none(), notice)).build();
        } catch (ProblemException refusal) {
            return Response.status(refusal.status() == 422 ? 422 : 400).entity(page(profile, null, null, form, null,
                    List.of(), RuleForm.refusal(refusal, m, texts.practice()), m.slots_rule_refused())).build();
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
                            ? texts.schedule().slots_booked_refusal()
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
                    lines.add(new SlotLine(s.id(), texts.slotTime(s.startsAt(), zone), s.state(), s.bookingId(), s.clashesWith()));
                }
            }
        }
        return Templates.slots(profile, lines, slotDate, slotTime, rule, preview, skipped, errors, notice, WEEK);
    }

    /** Why a rule skipped a slot, in the page's language ({@link SlotView.Skipped}'s reasons); another reason as the service wrote it. */
    static String skipReason(String reason, ScheduleMsg m) {
        return switch (reason == null ? "" : reason) {
            case SlotView.Skipped.CLOCK_CHANGE -> m.skip_clock_change();
            case SlotView.Skipped.PAST -> m.skip_past();
            case SlotView.Skipped.TIME_OFF -> m.skip_time_off();
            case SlotView.Skipped.OVERLAP -> m.skip_overlap();
            default -> reason;
        };
    }

    /** The slot service's refusal of a start ("must be in the future") as a sentence in the page's language. */
    static String startRefused(FieldError problem, ScheduleMsg m, Locale locale) {
        String said = problem.text() == null ? null : problem.text().name();
        if ("field_in_future".equals(said)) {
            return m.slots_err_future();
        }
        if ("slot_days_ahead".equals(said)) {
            return m.slots_err_too_far(String.valueOf(problem.text().arguments()[0]));
        }
        return m.slots_err_start(problem.message(locale));
    }
}
