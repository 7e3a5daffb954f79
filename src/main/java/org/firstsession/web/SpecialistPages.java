package org.firstsession.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path.Node;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.BookingService;
import org.firstsession.booking.BookingStatus;
import org.firstsession.booking.BookingView;
import org.firstsession.booking.SlotRequest;
import org.firstsession.booking.SlotService;
import org.firstsession.booking.SlotView;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.web.RequestValidator;
import org.firstsession.specialist.SessionFormat;
import org.firstsession.specialist.SpecialistRequest;
import org.firstsession.specialist.SpecialistService;
import org.firstsession.specialist.SpecialistView;
import org.firstsession.specialist.Taxonomy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The specialist's own pages: dashboard, creating and editing the profile (publish / unpublish), offering
 * slots (one, or a weekly rule with a preview before anything is saved), and the consultations booked with
 * them (completed / no-show / cancel). Everything is about the viewer's own profile: other people's slots
 * and bookings are the services' 404.
 */
@Path("/specialist")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SpecialistPages {

    static final DateTimeFormatter SLOT_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    /** What is typed into the profile form, as text, so that anything can be shown again. */
    public record ProfileForm(String displayName, String professionalTitle, String headline, String bio, String photoUrl,
            List<String> specialties, List<String> approaches, String languages, List<String> sessionFormats,
            String city, String country, String timeZone, String feeAmount, String feeCurrency, String yearsOfPractice,
            String licenceNumber, String licensingBody, String licenceCountry, String meetingUrl, String idempotencyKey) {

        static ProfileForm empty() {
            return new ProfileForm(null, null, null, null, null, List.of(), List.of(), null, List.of("online"), null,
                    null, null, null, null, null, null, null, null, null, UUID.randomUUID().toString());
        }

        static ProfileForm of(SpecialistView v) {
            return new ProfileForm(v.displayName(), v.professionalTitle(), v.headline(), v.bio(), v.photoUrl(),
                    v.specialties(), v.approaches(), String.join(", ", v.languages()),
                    v.sessionFormats().stream().map(SessionFormat::code).toList(), v.city(), v.country(), v.timeZone(),
                    v.fee() == null ? null : v.fee().amount().toPlainString(), v.fee() == null ? null : v.fee().currency(),
                    v.yearsOfPractice() == null ? null : v.yearsOfPractice().toString(),
                    v.licence() == null ? null : v.licence().number(), v.licence() == null ? null : v.licence().licensingBody(),
                    v.licence() == null ? null : v.licence().country(), v.meetingUrl(), null);
        }

        public boolean has(List<String> values, String code) {
            return values != null && values.contains(code);
        }
    }

    /** The weekly-rule form as typed. */
    public record RuleForm(List<String> days, String startTime, String endTime, String fromDate, String toDate,
            String idempotencyKey) {

        public boolean day(String day) {
            return days != null && days.contains(day);
        }
    }

    /** One slot as the specialist sees it, in the profile's zone. */
    public record SlotLine(UUID id, String label, String state, UUID bookingId) {
    }

    /** A skipped slot of a rule, and why. */
    public record SkippedLine(String label, String reason) {
    }

    public record Country(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(SpecialistView profile, List<BookingView> next, long openSlots,
                String notice);

        static native TemplateInstance profile(SpecialistView profile, ProfileForm form, FormErrors errors, String notice,
                List<Taxonomy.Term> specialtyTerms, List<Taxonomy.Term> approachTerms, List<String> zones,
                List<Country> countries);

        static native TemplateInstance slots(SpecialistView profile, List<SlotLine> slots, String slotDate,
                String slotTime, RuleForm rule, List<SlotLine> preview, List<SkippedLine> skipped, FormErrors errors,
                String notice, List<DayOfWeek> week);

        static native TemplateInstance bookings(SpecialistView profile, List<BookingView> upcoming,
                List<BookingView> past, FormErrors errors, String notice, UUID failed, String reason, Instant now);
    }

    private final SpecialistService specialists;
    private final SlotService slots;
    private final BookingService bookings;
    private final Viewer viewer;
    private final RequestValidator validator;

    SpecialistPages(SpecialistService specialists, SlotService slots, BookingService bookings, Viewer viewer,
            RequestValidator validator) {
        this.specialists = specialists;
        this.slots = slots;
        this.bookings = bookings;
        this.viewer = viewer;
        this.validator = validator;
    }

    // ---- dashboard ------------------------------------------------------------------------------------

    @GET
    public TemplateInstance dashboard() {
        Optional<SpecialistView> profile = myProfile();
        if (profile.isEmpty()) {
            return Templates.dashboard(null, List.of(), 0, null);
        }
        List<BookingView> next = bookings.list(viewer.accountId(), "specialist", "upcoming", "CONFIRMED", 0, 5).items();
        long open = bookings.openSlotsWithin(profile.get().id(), Duration.ofDays(14));
        return Templates.dashboard(profile.get(), next, open, null);
    }

    // ---- profile --------------------------------------------------------------------------------------

    @GET
    @Path("/profile")
    public TemplateInstance profileForm(@QueryParam("done") String done) {
        Optional<SpecialistView> profile = myProfile();
        String notice = "saved".equals(done) ? "Your profile is saved."
                : "created".equals(done) ? "Your profile is created as a draft. Publish it when it is ready."
                : "published".equals(done) ? "Your profile is published: clients can find it in the directory."
                : "unpublished".equals(done) ? "Your profile is unpublished: it is hidden from the directory." : null;
        return profilePage(profile.orElse(null), profile.map(ProfileForm::of).orElseGet(ProfileForm::empty),
                FormErrors.none(), notice);
    }

    @POST
    @Path("/profile")
    public Response saveProfile(@FormParam("displayName") String displayName,
            @FormParam("professionalTitle") String professionalTitle, @FormParam("headline") String headline,
            @FormParam("bio") String bio, @FormParam("photoUrl") String photoUrl,
            @FormParam("specialties") List<String> specialties, @FormParam("approaches") List<String> approaches,
            @FormParam("languages") String languages, @FormParam("sessionFormats") List<String> sessionFormats,
            @FormParam("city") String city, @FormParam("country") String country, @FormParam("timeZone") String timeZone,
            @FormParam("feeAmount") String feeAmount, @FormParam("feeCurrency") String feeCurrency,
            @FormParam("yearsOfPractice") String yearsOfPractice, @FormParam("licenceNumber") String licenceNumber,
            @FormParam("licensingBody") String licensingBody, @FormParam("licenceCountry") String licenceCountry,
            @FormParam("meetingUrl") String meetingUrl, @FormParam("idempotencyKey") String idempotencyKey) {
        ProfileForm form = new ProfileForm(displayName, professionalTitle, headline, bio, photoUrl, orEmpty(specialties),
                orEmpty(approaches), languages, orEmpty(sessionFormats), city, country, timeZone, feeAmount, feeCurrency,
                yearsOfPractice, licenceNumber, licensingBody, licenceCountry, meetingUrl,
                idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey);
        Optional<SpecialistView> existing = myProfile();
        FormErrors errors = FormErrors.none();
        SpecialistRequest request = toRequest(form, errors);
        if (request != null) {
            try {
                validator.valid(request);
            } catch (ConstraintViolationException invalid) {
                addViolations(invalid, errors);
            }
        }
        if (errors.any()) {
            return Response.status(400).entity(profilePage(existing.orElse(null), form, errors,
                    "Please check the fields marked below.")).build();
        }
        try {
            if (existing.isEmpty()) {
                specialists.create(viewer.accountId(), form.idempotencyKey(), request);
                return seeOther("/specialist/profile?done=created");
            }
            specialists.update(existing.get().id(), viewer.accountId(), request);
            return seeOther("/specialist/profile?done=saved");
        } catch (ProblemException refusal) {
            FormErrors fieldErrors = labelled(FormErrors.of(refusal));
            String notice = "profile-incomplete".equals(slug(refusal))
                    ? "A published profile must stay complete. " + missing(fieldErrors) + " Nothing was saved."
                    : fieldErrors.any() ? "Please check the fields marked below. Nothing was saved." : refusal.getMessage();
            return Response.status(refusal.status()).entity(profilePage(existing.orElse(null), form, fieldErrors, notice))
                    .build();
        }
    }

    @POST
    @Path("/profile/publish")
    public Response publish() {
        SpecialistView profile = requireProfile();
        try {
            specialists.publish(profile.id(), viewer.accountId());
            return seeOther("/specialist/profile?done=published");
        } catch (ProblemException refusal) {
            FormErrors errors = labelled(FormErrors.of(refusal));
            return Response.status(refusal.status()).entity(profilePage(profile, ProfileForm.of(profile), errors,
                    "Your profile cannot be published yet. " + missing(errors))).build();
        }
    }

    @POST
    @Path("/profile/unpublish")
    public Response unpublish() {
        SpecialistView profile = requireProfile();
        try {
            specialists.unpublish(profile.id(), viewer.accountId());
            return seeOther("/specialist/profile?done=unpublished");
        } catch (ProblemException refusal) {
            return Response.status(refusal.status()).entity(profilePage(profile, ProfileForm.of(profile),
                    FormErrors.none(), refusal.getMessage())).build();
        }
    }

    // ---- slots ----------------------------------------------------------------------------------------

    @GET
    @Path("/slots")
    public Response slotsPage(@QueryParam("done") String done) {
        Optional<SpecialistView> profile = myProfile();
        if (profile.isEmpty()) {
            return seeOther("/specialist/profile");
        }
        String notice = "offered".equals(done) ? "The slot is offered."
                : "withdrawn".equals(done) ? "The slot is withdrawn."
                : "cancelled".equals(done) ? "The slot is withdrawn and the booking cancelled; the client is told." : null;
        return Response.ok(slotsPage(profile.get(), null, null, emptyRule(), null, List.of(), FormErrors.none(), notice))
                .build();
    }

    /** One slot: a date and a time in the profile's zone. */
    @POST
    @Path("/slots")
    public Response offerSlot(@FormParam("slotDate") String slotDate, @FormParam("slotTime") String slotTime) {
        SpecialistView profile = requireProfile();
        FormErrors errors = FormErrors.none();
        LocalDate date = parseDate(slotDate, "slotDate", "Choose the day.", errors);
        LocalTime time = parseTime(slotTime, "slotTime", "Choose the start time.", errors);
        Instant start = null;
        if (!errors.any()) {
            if (profile.timeZone() == null) {
                errors.add("slotDate", "Set your profile's time zone first: slot times are in that zone.");
            } else {
                ZoneId zone = ZoneId.of(profile.timeZone());
                LocalDateTime local = LocalDateTime.of(date, time);
                if (zone.getRules().getValidOffsets(local).isEmpty()) {
                    errors.add("slotTime", "This time does not exist on that day in " + zone.getId()
                            + " (the clocks change). Choose another time.");
                } else {
                    start = local.atZone(zone).toInstant();
                }
            }
        }
        if (!errors.any()) {
            try {
                slots.offer(profile.id(), viewer.accountId(), null, new SlotRequest(start, null));
                return seeOther("/specialist/slots?done=offered");
            } catch (ProblemException refusal) {
                FormErrors fieldErrors = FormErrors.of(refusal);
                if (fieldErrors.has("startsAt")) {
                    errors.add("slotDate", "The slot " + fieldErrors.get("startsAt") + ".");
                } else if (refusal.status() == 409) {
                    errors.add("slotTime", "This time overlaps one of your slots. Choose another time.");
                } else {
                    errors.add("slotDate", refusal.getMessage());
                }
            }
        }
        return Response.status(400).entity(slotsPage(profile, slotDate, slotTime, emptyRule(), null, List.of(), errors,
                "The slot was not offered: see the message next to the field.")).build();
    }

    /**
     * A weekly rule: "Preview" shows the slots it would make and saves nothing; "Create" saves them (the
     * same expansion, by the same service), with the idempotency key of the preview against double submits.
     */
    @POST
    @Path("/slots/rule")
    public Response rule(@FormParam("days") List<String> days, @FormParam("startTime") String startTime,
            @FormParam("endTime") String endTime, @FormParam("fromDate") String fromDate,
            @FormParam("toDate") String toDate, @FormParam("action") String action,
            @FormParam("idempotencyKey") String idempotencyKey) {
        SpecialistView profile = requireProfile();
        RuleForm form = new RuleForm(orEmpty(days), startTime, endTime, fromDate, toDate,
                idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey);
        FormErrors errors = FormErrors.none();
        Set<DayOfWeek> dayset = EnumSet.noneOf(DayOfWeek.class);
        for (String day : form.days()) {
            try {
                dayset.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add("days", "Choose days from the list.");
            }
        }
        if (dayset.isEmpty() && !errors.has("days")) {
            errors.add("days", "Choose at least one day of the week.");
        }
        LocalTime start = parseTime(startTime, "startTime", "Give the time the first slot starts.", errors);
        LocalTime end = parseTime(endTime, "endTime", "Give the time the last slot ends.", errors);
        LocalDate from = parseDate(fromDate, "fromDate", "Give the first day.", errors);
        LocalDate to = parseDate(toDate, "toDate", "Give the last day.", errors);
        if (errors.any()) {
            return Response.status(400).entity(slotsPage(profile, null, null, form, null, List.of(), errors,
                    "Please check the weekly times.")).build();
        }
        SlotRequest.Rule rule = new SlotRequest.Rule(dayset, start, end, from, to);
        boolean create = "create".equals(action);
        try {
            SlotView.Created result = create
                    ? slots.offer(profile.id(), viewer.accountId(), form.idempotencyKey(), new SlotRequest(null, rule))
                    : slots.previewRule(profile.id(), viewer.accountId(), rule);
            ZoneId zone = ZoneId.of(profile.timeZone());
            List<SlotLine> made = result.created().stream()
                    .map(s -> new SlotLine(s.id(), label(s.startsAt(), zone), SlotView.OPEN, null)).toList();
            List<SkippedLine> skipped = result.skipped().stream()
                    .map(s -> new SkippedLine(SLOT_TIME.format(s.localStart()), s.reason())).toList();
            if (create) {
                String notice = made.size() + (made.size() == 1 ? " slot is" : " slots are") + " now offered."
                        + (skipped.isEmpty() ? "" : " " + skipped.size() + " skipped (listed below).");
                return Response.ok(slotsPage(profile, null, null, emptyRule(), null, skipped, FormErrors.none(), notice))
                        .build();
            }
            String notice = made.isEmpty() ? "This rule would not make any new slot. Nothing is saved."
                    : "Preview: this rule would make the " + made.size() + (made.size() == 1 ? " slot" : " slots")
                            + " below. Nothing is saved until you choose \u201cCreate these slots\u201d.";
            return Response.ok(slotsPage(profile, null, null, form, made, skipped, FormErrors.none(), notice)).build();
        } catch (ProblemException refusal) {
            FormErrors fieldErrors = FormErrors.none();
            FormErrors.of(refusal).all().forEach((field, message) -> fieldErrors.add(field.replace("rule.", ""),
                    ruleMessage(field.replace("rule.", ""), message)));
            if (!fieldErrors.any()) {
                fieldErrors.add("days", refusal.getMessage());
            }
            return Response.status(refusal.status() == 422 ? 422 : 400).entity(slotsPage(profile, null, null, form, null,
                    List.of(), fieldErrors, "Nothing was saved: please check the weekly times.")).build();
        }
    }

    @POST
    @Path("/slots/{id}/withdraw")
    public Response withdraw(@PathParam("id") UUID id, @FormParam("cancelBooking") String cancelBooking) {
        SpecialistView profile = requireProfile();
        boolean cancel = "true".equals(cancelBooking);
        try {
            slots.withdraw(id, viewer.accountId(), cancel);
            return seeOther("/specialist/slots?done=" + (cancel ? "cancelled" : "withdrawn"));
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(slotsPage(profile, null, null, emptyRule(), null, List.of(),
                    FormErrors.none(), refusal.status() == 409 && "slot-booked".equals(slug(refusal))
                            ? "This slot is booked. Use \u201cWithdraw and cancel the booking\u201d: the client will be told."
                            : refusal.getMessage())).build();
        }
    }

    // ---- bookings -------------------------------------------------------------------------------------

    @GET
    @Path("/bookings")
    public Response bookingsPage(@QueryParam("done") String done) {
        Optional<SpecialistView> profile = myProfile();
        if (profile.isEmpty()) {
            return seeOther("/specialist/profile");
        }
        String notice = "completed".equals(done) ? "Marked as completed."
                : "no-show".equals(done) ? "Marked as no-show."
                : "cancelled".equals(done) ? "The consultation is cancelled; the client is told by email." : null;
        return Response.ok(bookingsPage(profile.get(), FormErrors.none(), notice, null, null)).build();
    }

    @POST
    @Path("/bookings/{id}/complete")
    public Response complete(@PathParam("id") UUID id) {
        return outcome(id, BookingStatus.COMPLETED, "completed");
    }

    @POST
    @Path("/bookings/{id}/no-show")
    public Response noShow(@PathParam("id") UUID id) {
        return outcome(id, BookingStatus.NO_SHOW, "no-show");
    }

    @POST
    @Path("/bookings/{id}/cancel")
    public Response cancel(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        SpecialistView profile = requireProfile();
        withMe(id);
        if (reason != null && reason.length() > 500) {
            return Response.status(400).entity(bookingsPage(profile,
                    FormErrors.none().add("reason", "Please keep the reason to 500 characters (it has " + reason.length() + ")."),
                    null, id, reason)).build();
        }
        try {
            bookings.cancel(id, viewer.accountId(), reason);
            return seeOther("/specialist/bookings?done=cancelled");
        } catch (ProblemException refusal) {
            return Response.status(refusal.status()).entity(bookingsPage(profile, FormErrors.none(), refusal.getMessage(),
                    id, reason)).build();
        }
    }

    private Response outcome(UUID id, BookingStatus outcome, String done) {
        SpecialistView profile = requireProfile();
        withMe(id);
        try {
            bookings.markOutcome(id, viewer.accountId(), outcome);
            return seeOther("/specialist/bookings?done=" + done);
        } catch (ProblemException refusal) {
            return Response.status(refusal.status()).entity(bookingsPage(profile, FormErrors.none(), refusal.getMessage(),
                    null, null)).build();
        }
    }

    /** A booking with the viewer as its specialist; anyone else's (or one they booked as a client) is 404. */
    private BookingView withMe(UUID id) {
        BookingView booking = bookings.get(id, viewer.accountId());
        if (!"specialist".equals(booking.role())) {
            throw ProblemException.notFound("The booking");
        }
        return booking;
    }

    // ---- rendering ------------------------------------------------------------------------------------

    private TemplateInstance profilePage(SpecialistView profile, ProfileForm form, FormErrors errors, String notice) {
        return Templates.profile(profile, form, errors, notice, Taxonomy.SPECIALTIES, Taxonomy.APPROACHES,
                TimeZonePage.ZONES, COUNTRIES);
    }

    private TemplateInstance slotsPage(SpecialistView profile, String slotDate, String slotTime, RuleForm rule,
            List<SlotLine> preview, List<SkippedLine> skipped, FormErrors errors, String notice) {
        List<SlotLine> lines = new ArrayList<>();
        if (profile.timeZone() != null) {
            ZoneId zone = ZoneId.of(profile.timeZone());
            Instant now = Instant.now();
            for (SlotView s : slots.mySlots(viewer.accountId(), now.toString().substring(0, 19) + "Z",
                    now.plus(Duration.ofDays(92)).toString().substring(0, 19) + "Z").items()) {
                if (!SlotView.WITHDRAWN.equals(s.state())) {
                    lines.add(new SlotLine(s.id(), label(s.startsAt(), zone), s.state(), s.bookingId()));
                }
            }
        }
        return Templates.slots(profile, lines, slotDate, slotTime, rule, preview, skipped, errors, notice, WEEK);
    }

    private TemplateInstance bookingsPage(SpecialistView profile, FormErrors errors, String notice, UUID failed,
            String reason) {
        UUID me = viewer.accountId();
        return Templates.bookings(profile, bookings.list(me, "specialist", "upcoming", null, 0, 50).items(),
                bookings.list(me, "specialist", "past", null, 0, 50).items(), errors, notice, failed, reason,
                Instant.now());
    }

    private Optional<SpecialistView> myProfile() {
        return viewer.specialistProfile().map(id -> (SpecialistView) specialists.read(id, viewer.accountId()));
    }

    private SpecialistView requireProfile() {
        return myProfile().orElseThrow(() -> ProblemException.notFound("Your specialist profile"));
    }

    private static RuleForm emptyRule() {
        return new RuleForm(List.of(), "09:00", "12:00", null, null, UUID.randomUUID().toString());
    }

    private static String label(Instant start, ZoneId zone) {
        return SLOT_TIME.format(start.atZone(zone));
    }

    // ---- form parsing ---------------------------------------------------------------------------------

    static final List<Country> COUNTRIES = java.util.Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(java.util.Comparator.comparing(Country::name)).toList();

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("displayName", "Display name"),
            Map.entry("professionalTitle", "Professional title"), Map.entry("headline", "Headline"),
            Map.entry("bio", "About you"), Map.entry("photoUrl", "Photo address"), Map.entry("specialties", "Specialties"),
            Map.entry("approaches", "Approaches"), Map.entry("languages", "Languages"),
            Map.entry("sessionFormats", "Session formats"), Map.entry("city", "City"), Map.entry("country", "Country"),
            Map.entry("timeZone", "Time zone"), Map.entry("feeAmount", "Fee"), Map.entry("feeCurrency", "Currency"),
            Map.entry("yearsOfPractice", "Years of practice"), Map.entry("licenceNumber", "Licence number"),
            Map.entry("licensingBody", "Licensing body"), Map.entry("licenceCountry", "Licence country"),
            Map.entry("meetingUrl", "Meeting link"));

    /** The request the API would get, or null when something could not even be read (errors say what). */
    static SpecialistRequest toRequest(ProfileForm f, FormErrors errors) {
        List<SessionFormat> formats = new ArrayList<>();
        for (String code : f.sessionFormats()) {
            try {
                formats.add(SessionFormat.fromCode(code));
            } catch (IllegalArgumentException e) {
                errors.add("sessionFormats", "Session formats: choose online and/or in person.");
            }
        }
        List<String> languages = new ArrayList<>();
        if (f.languages() != null) {
            for (String code : f.languages().split("[,;\\s]+")) {
                if (!code.isBlank()) {
                    languages.add(code.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        SpecialistRequest.Fee fee = null;
        boolean amountGiven = f.feeAmount() != null && !f.feeAmount().isBlank();
        boolean currencyGiven = f.feeCurrency() != null && !f.feeCurrency().isBlank();
        if (amountGiven || currencyGiven) {
            BigDecimal amount = null;
            if (!amountGiven) {
                errors.add("feeAmount", "Fee: give the amount too, or leave both fee fields empty.");
            } else {
                try {
                    amount = new BigDecimal(f.feeAmount().strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    errors.add("feeAmount", "Fee: write a number such as 80 or 75.50.");
                }
            }
            if (!currencyGiven) {
                errors.add("feeCurrency", "Currency: give the currency code too, such as EUR.");
            }
            if (amount != null && currencyGiven) {
                fee = new SpecialistRequest.Fee(amount, f.feeCurrency().strip().toUpperCase(Locale.ROOT));
            }
        }
        Integer years = null;
        if (f.yearsOfPractice() != null && !f.yearsOfPractice().isBlank()) {
            try {
                years = Integer.valueOf(f.yearsOfPractice().strip());
            } catch (NumberFormatException e) {
                errors.add("yearsOfPractice", "Years of practice: write a whole number from 0 to 80.");
            }
        }
        SpecialistRequest.Licence licence = blank(f.licenceNumber()) && blank(f.licensingBody()) && blank(f.licenceCountry())
                ? null : new SpecialistRequest.Licence(emptyToNull(f.licenceNumber()), emptyToNull(f.licensingBody()),
                        emptyToNull(f.licenceCountry()));
        if (errors.any()) {
            return null;
        }
        return new SpecialistRequest(emptyToNull(f.displayName()), emptyToNull(f.professionalTitle()),
                emptyToNull(f.headline()), emptyToNull(f.bio()), emptyToNull(f.photoUrl()), f.specialties(),
                f.approaches(), languages, formats, emptyToNull(f.city()), emptyToNull(f.country()),
                emptyToNull(f.timeZone()), fee, years, licence, emptyToNull(f.meetingUrl()));
    }

    /** Bean Validation's findings under the form's field names ("fee.amount" is the field feeAmount). */
    static void addViolations(ConstraintViolationException invalid, FormErrors errors) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            List<String> names = new ArrayList<>();
            for (Node node : violation.getPropertyPath()) {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    names.add(node.getName());
                }
            }
            String path = String.join(".", names);
            String field = switch (path) {
                case "fee.amount" -> "feeAmount";
                case "fee.currency" -> "feeCurrency";
                case "licence.number" -> "licenceNumber";
                case "licence.licensingBody" -> "licensingBody";
                case "licence.country" -> "licenceCountry";
                default -> names.isEmpty() ? "displayName" : names.get(names.size() - 1);
            };
            errors.add(field, sentence(field, violation.getMessage()));
        }
    }

    /** The service's messages ("is required to publish the profile") as sentences naming the field. */
    static FormErrors labelled(FormErrors raw) {
        FormErrors out = FormErrors.none();
        raw.all().forEach((field, message) -> out.add(field, sentence(field, message)));
        return out;
    }

    private static String sentence(String field, String message) {
        String label = LABELS.getOrDefault(field, field);
        return message.startsWith(label) ? message : label + ": " + message + (message.endsWith(".") ? "" : ".");
    }

    private static String missing(FormErrors errors) {
        if (!errors.any()) {
            return "";
        }
        return "Missing or not right: " + String.join(", ", errors.all().keySet().stream()
                .map(field -> LABELS.getOrDefault(field, field)).toList()) + ".";
    }

    private static String ruleMessage(String field, String message) {
        String label = switch (field) {
            case "startTime" -> "Start time";
            case "endTime" -> "End time";
            case "fromDate" -> "First day";
            case "toDate" -> "Last day";
            default -> "Days";
        };
        return label + ": " + message.replace("startTime", "the start time").replace("fromDate", "the first day") + ".";
    }

    private static LocalDate parseDate(String value, String field, String missing, FormErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, missing);
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Write the date as year-month-day, such as 2026-12-01.");
            return null;
        }
    }

    private static LocalTime parseTime(String value, String field, String missing, FormErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, missing);
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Write the time as hours:minutes, such as 09:30.");
            return null;
        }
    }

    private static String slug(ProblemException problem) {
        String type = problem.toProblem().type() == null ? "" : problem.toProblem().type();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
