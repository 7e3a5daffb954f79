package org.firstsession.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.admin.AdminService;
import org.firstsession.admin.AdminViews.AdminSpecialist;
import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.admin.AdminViews.Stats;
import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.admin.AdminViews.VerificationStatus;
import org.firstsession.community.CommunityService;
import org.firstsession.community.CommunityViews.QuestionView;
import org.firstsession.contact.ContactRequestView;
import org.firstsession.contact.ContactService;
import org.firstsession.moderation.ModerationService;
import org.firstsession.moderation.ModerationViews.AuditEntry;
import org.firstsession.moderation.ModerationViews.ReportDetail;
import org.firstsession.moderation.ModerationViews.ReportItem;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The admin pages: the specialists work list and one specialist (verify, feature, suspend, reinstate),
 * reports (read, resolve, hide or restore a reported question or answer), contact requests, the audit
 * log and the numbers. The same services as the admin API, so every action is audited the same way.
 * Non-admins get the 403 page, visitors the login.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${firstsession.security.admin-role}")
public class AdminPages {

    static final int PAGE_SIZE = 20;

    /** The work list's filters as typed. */
    public record SpecialistFilters(String status, String featured, String verification, String q) {
    }

    public record AuditFilters(String actor, String action, String from, String to) {
    }

    /** What the admin typed into the forms of one specialist's page. */
    public record SpecialistInput(String verificationStatus, String checkedOn, String validUntil, String note,
            String until, String reason) {

        static SpecialistInput empty() {
            return new SpecialistInput("VERIFIED", LocalDate.now().toString(), null, null, null, null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance specialists(List<AdminSpecialist> items, SpecialistFilters filters,
                DirectoryPages.Paging paging, FormErrors errors);

        static native TemplateInstance specialist(AdminSpecialist s, SpecialistInput input, FormErrors errors,
                String notice);

        static native TemplateInstance reports(List<ReportItem> items, String status, DirectoryPages.Paging paging,
                FormErrors errors);

        static native TemplateInstance report(ReportDetail detail, String notice, FormErrors errors, String note);

        static native TemplateInstance contacts(List<ContactRequestView> items, String status,
                DirectoryPages.Paging paging, FormErrors errors);

        static native TemplateInstance contact(ContactRequestView c, String notice);

        static native TemplateInstance audit(List<AuditEntry> items, AuditFilters filters, DirectoryPages.Paging paging,
                FormErrors errors);

        static native TemplateInstance stats(Stats stats);

        static native TemplateInstance question(QuestionView question, String notice);
    }

    private final AdminService admin;
    private final ModerationService moderation;
    private final ContactService contacts;
    private final CommunityService community;
    private final Viewer viewer;
    private final VisitorZone zone;

    AdminPages(AdminService admin, ModerationService moderation, ContactService contacts, CommunityService community,
            Viewer viewer, VisitorZone zone) {
        this.admin = admin;
        this.moderation = moderation;
        this.contacts = contacts;
        this.community = community;
        this.viewer = viewer;
        this.zone = zone;
    }

    // ---- specialists ----------------------------------------------------------------------------------

    @GET
    public Response specialists(@QueryParam("status") String status, @QueryParam("featured") String featured,
            @QueryParam("verification") String verification, @QueryParam("q") String q, @QueryParam("page") String page) {
        SpecialistFilters filters = new SpecialistFilters(status, featured, verification, q);
        FormErrors errors = FormErrors.none();
        int pageNo = pageNumber(page, errors);
        List<AdminSpecialist> items = List.of();
        DirectoryPages.Paging paging = noPaging();
        if (!errors.any()) {
            try {
                Page<AdminSpecialist> found = admin.specialists(status, featured, verification, q, pageNo, PAGE_SIZE);
                items = found.items();
                paging = paging(found, "/admin?" + query("status", status) + query("featured", featured)
                        + query("verification", verification) + query("q", q));
            } catch (ProblemException refusal) {
                errors = FormErrors.of(refusal);
            }
        }
        return Response.status(errors.any() ? 400 : 200)
                .entity(Templates.specialists(items, filters, paging, errors)).build();
    }

    @GET
    @Path("/specialists/{id}")
    public TemplateInstance specialist(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "verified" -> "The verification is saved.";
            case "featured" -> "The specialist is featured.";
            case "unfeatured" -> "The specialist is no longer featured.";
            case "suspended" -> "The specialist is suspended; their upcoming consultations are cancelled.";
            case "reinstated" -> "The specialist is reinstated.";
            default -> null;
        };
        return Templates.specialist(admin.specialistSummary(id), SpecialistInput.empty(), FormErrors.none(), notice);
    }

    @POST
    @Path("/specialists/{id}/verification")
    public Response verify(@PathParam("id") UUID id, @FormParam("status") String status,
            @FormParam("checkedOn") String checkedOn, @FormParam("validUntil") String validUntil,
            @FormParam("note") String note) {
        SpecialistInput input = new SpecialistInput(status, checkedOn, validUntil, note, null, null);
        FormErrors errors = FormErrors.none();
        VerificationStatus parsed = null;
        try {
            parsed = VerificationStatus.valueOf(status == null ? "" : status.strip());
        } catch (IllegalArgumentException e) {
            errors.add("status", "Choose verified or rejected.");
        }
        LocalDate checked = date(checkedOn, "checkedOn", true, errors);
        LocalDate until = date(validUntil, "validUntil", false, errors);
        if (note != null && note.length() > 1000) {
            errors.add("note", "Please keep the note to 1000 characters.");
        }
        if (!errors.any()) {
            try {
                admin.verify(id, new VerificationRequest(parsed, checked, until, note));
                return seeOther("/admin/specialists/" + id + "?done=verified");
            } catch (ProblemException refusal) {
                if (refusal.status() == 404) {
                    throw refusal;
                }
                errors = FormErrors.of(refusal);
            }
        }
        return Response.status(400).entity(Templates.specialist(admin.specialistSummary(id), input, errors,
                "The verification was not saved: see the messages next to the fields.")).build();
    }

    @POST
    @Path("/specialists/{id}/featured")
    public Response feature(@PathParam("id") UUID id, @FormParam("featured") String featured,
            @FormParam("until") String until) {
        boolean on = "true".equals(featured);
        SpecialistInput input = new SpecialistInput("VERIFIED", LocalDate.now().toString(), null, null, until, null);
        FormErrors errors = FormErrors.none();
        Instant end = null;
        int status = 400;
        if (on && until != null && !until.isBlank()) {
            try {
                end = LocalDateTime.parse(until.strip()).atZone(zone.zone()).toInstant();
            } catch (DateTimeParseException e) {
                errors.add("until", "Write the end as a date and time, such as 2026-12-31 18:00.");
            }
        }
        if (!errors.any()) {
            try {
                admin.feature(id, new FeatureRequest(on, end));
                return seeOther("/admin/specialists/" + id + "?done=" + (on ? "featured" : "unfeatured"));
            } catch (ProblemException refusal) {
                if (refusal.status() == 404) {
                    throw refusal;
                }
                status = refusal.status();
                errors = FormErrors.of(refusal);
                if (!errors.any()) {
                    errors.add("until", refusal.getMessage());
                }
            }
        }
        return Response.status(status).entity(Templates.specialist(admin.specialistSummary(id), input, errors,
                        "The specialist was not featured: " + errors.get("until"))).build();
    }

    @POST
    @Path("/specialists/{id}/suspend")
    public Response suspend(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        SpecialistInput input = new SpecialistInput("VERIFIED", LocalDate.now().toString(), null, null, null, reason);
        String problem = reason == null || reason.isBlank() ? "Give the reason: the specialist reads it in the email."
                : reason.length() > 1000 ? "Please keep the reason to 1000 characters." : null;
        if (problem == null) {
            try {
                admin.suspend(id, reason);
                return seeOther("/admin/specialists/" + id + "?done=suspended");
            } catch (ProblemException refusal) {
                if (refusal.status() == 404) {
                    throw refusal;
                }
                problem = refusal.getMessage();
            }
        }
        return Response.status(400).entity(Templates.specialist(admin.specialistSummary(id), input,
                FormErrors.none().add("reason", problem), "The specialist was not suspended: " + problem)).build();
    }

    @POST
    @Path("/specialists/{id}/reinstate")
    public Response reinstate(@PathParam("id") UUID id) {
        try {
            admin.reinstate(id);
            return seeOther("/admin/specialists/" + id + "?done=reinstated");
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(Templates.specialist(admin.specialistSummary(id),
                    SpecialistInput.empty(), FormErrors.none(), refusal.getMessage())).build();
        }
    }

    // ---- reports and moderation -----------------------------------------------------------------------

    @GET
    @Path("/reports")
    public Response reports(@QueryParam("status") String status, @QueryParam("page") String page) {
        FormErrors errors = FormErrors.none();
        int pageNo = pageNumber(page, errors);
        List<ReportItem> items = List.of();
        DirectoryPages.Paging paging = noPaging();
        if (!errors.any()) {
            try {
                Page<ReportItem> found = moderation.reports(status, pageNo, PAGE_SIZE);
                items = found.items();
                paging = paging(found, "/admin/reports?" + query("status", status));
            } catch (ProblemException refusal) {
                errors = FormErrors.of(refusal);
            }
        }
        return Response.status(errors.any() ? 400 : 200).entity(Templates.reports(items, status, paging, errors)).build();
    }

    /** Reading a report shows the reported private content: the service audits the read. */
    @GET
    @Path("/reports/{id}")
    public TemplateInstance report(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "resolved" -> "The report is resolved.";
            case "hidden" -> "The post is hidden from everyone but admins.";
            case "restored" -> "The post is visible again.";
            default -> null;
        };
        return Templates.report(moderation.report(id), notice, FormErrors.none(), null);
    }

    @POST
    @Path("/reports/{id}/resolve")
    public Response resolve(@PathParam("id") UUID id, @FormParam("note") String note) {
        if (note != null && note.length() > 1000) {
            return Response.status(400).entity(Templates.report(moderation.report(id), null,
                    FormErrors.none().add("note", "Please keep the note to 1000 characters."), note)).build();
        }
        moderation.resolve(id, viewer.accountId(), note);
        return seeOther("/admin/reports/" + id + "?done=resolved");
    }

    /** Hide or restore the question or answer a report is about; back to the report. */
    @POST
    @Path("/reports/{id}/moderate")
    public Response moderate(@PathParam("id") UUID id, @FormParam("action") String action) {
        ReportDetail detail = moderation.report(id);
        ReportItem report = detail.report();
        UUID me = viewer.accountId();
        boolean hide = "hide".equals(action);
        if (!hide && !"restore".equals(action)) {
            return Response.status(400).entity(Templates.report(detail, "Choose hide or restore.", FormErrors.none(), null))
                    .build();
        }
        switch (report.subjectType()) {
            case "QUESTION" -> {
                if (hide) {
                    community.hideQuestion(report.subjectId(), me, true);
                } else {
                    community.restoreQuestion(report.subjectId(), me, true);
                }
            }
            case "ANSWER" -> {
                if (hide) {
                    community.hideAnswer(report.subjectId(), me, true);
                } else {
                    community.restoreAnswer(report.subjectId(), me, true);
                }
            }
            default -> {
                return Response.status(409).entity(Templates.report(detail,
                        "Conversations cannot be hidden; resolve the report or suspend the specialist instead.",
                        FormErrors.none(), null)).build();
            }
        }
        return seeOther("/admin/reports/" + id + "?done=" + (hide ? "hidden" : "restored"));
    }

    /** A question with all its answers as admins see them (hidden ones marked), each with hide / restore. */
    @GET
    @Path("/questions/{id}")
    public TemplateInstance question(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = "hidden".equals(done) ? "Hidden from everyone but admins."
                : "restored".equals(done) ? "Visible again." : null;
        return Templates.question(community.get(id, viewer.accountId(), true), notice);
    }

    @POST
    @Path("/questions/{id}/{action:hide|restore}")
    public Response moderateQuestion(@PathParam("id") UUID id, @PathParam("action") String action) {
        if ("hide".equals(action)) {
            community.hideQuestion(id, viewer.accountId(), true);
        } else {
            community.restoreQuestion(id, viewer.accountId(), true);
        }
        return seeOther("/admin/questions/" + id + "?done=" + (action.equals("hide") ? "hidden" : "restored"));
    }

    /** An answer of this question (one of another question is 404, as if it did not exist). */
    @POST
    @Path("/questions/{id}/answers/{answerId}/{action:hide|restore}")
    public Response moderateAnswer(@PathParam("id") UUID id, @PathParam("answerId") UUID answerId,
            @PathParam("action") String action) {
        QuestionView question = community.get(id, viewer.accountId(), true);
        if (question.answers().stream().noneMatch(a -> a.id().equals(answerId))) {
            throw ProblemException.notFound("The answer");
        }
        if ("hide".equals(action)) {
            community.hideAnswer(answerId, viewer.accountId(), true);
        } else {
            community.restoreAnswer(answerId, viewer.accountId(), true);
        }
        return seeOther("/admin/questions/" + id + "?done=" + (action.equals("hide") ? "hidden" : "restored"));
    }

    // ---- contact requests -----------------------------------------------------------------------------

    @GET
    @Path("/contact")
    public Response contactRequests(@QueryParam("status") String status, @QueryParam("page") String page) {
        FormErrors errors = FormErrors.none();
        int pageNo = pageNumber(page, errors);
        List<ContactRequestView> items = List.of();
        DirectoryPages.Paging paging = noPaging();
        if (!errors.any()) {
            try {
                Page<ContactRequestView> found = contacts.list(status, pageNo, PAGE_SIZE);
                items = found.items();
                paging = paging(found, "/admin/contact?" + query("status", status));
            } catch (ProblemException refusal) {
                errors = FormErrors.of(refusal);
            }
        }
        return Response.status(errors.any() ? 400 : 200).entity(Templates.contacts(items, status, paging, errors)).build();
    }

    /** The full request, with the message: the service audits the read. */
    @GET
    @Path("/contact/{id}")
    public TemplateInstance contactRequest(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return Templates.contact(contacts.get(id), "closed".equals(done) ? "The request is closed." : null);
    }

    @POST
    @Path("/contact/{id}/close")
    public Response closeContact(@PathParam("id") UUID id) {
        contacts.close(id, viewer.accountId());
        return seeOther("/admin/contact/" + id + "?done=closed");
    }

    // ---- audit log and numbers ------------------------------------------------------------------------

    @GET
    @Path("/audit")
    public Response audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page) {
        AuditFilters filters = new AuditFilters(actor, action, from, to);
        FormErrors errors = FormErrors.none();
        int pageNo = pageNumber(page, errors);
        if (actor != null && actor.length() > 255) {
            errors.add("actor", "At most 255 characters.");
        }
        if (action != null && action.length() > 100) {
            errors.add("action", "At most 100 characters.");
        }
        List<AuditEntry> items = List.of();
        DirectoryPages.Paging paging = noPaging();
        if (!errors.any()) {
            try {
                Page<AuditEntry> found = moderation.audit(actor, action, from, to, pageNo, 50);
                items = found.items();
                paging = paging(found, "/admin/audit?" + query("actor", actor) + query("action", action)
                        + query("from", from) + query("to", to));
            } catch (ProblemException refusal) {
                FormErrors.of(refusal).all().forEach((field, message) -> errors.add(field,
                        ("from".equals(field) ? "From" : "To") + ": write a date such as 2026-11-01."));
            }
        }
        return Response.status(errors.any() ? 400 : 200).entity(Templates.audit(items, filters, paging, errors)).build();
    }

    @GET
    @Path("/stats")
    public TemplateInstance stats() {
        return Templates.stats(admin.stats());
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static int pageNumber(String page, FormErrors errors) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(page.strip());
            if (value >= 0 && value <= 10_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.add("page", "There is no such page.");
        return 0;
    }

    private static LocalDate date(String value, String field, boolean required, FormErrors errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "Give the date.");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Write the date as year-month-day, such as 2026-11-24.");
            return null;
        }
    }

    private static DirectoryPages.Paging noPaging() {
        return new DirectoryPages.Paging(1, 1, 0, null, null);
    }

    private static DirectoryPages.Paging paging(Page<?> found, String base) {
        int pages = (int) Math.max(1, (found.total() + found.size() - 1) / found.size());
        return new DirectoryPages.Paging(found.page() + 1, pages, found.total(),
                found.page() > 0 ? base + "page=" + (found.page() - 1) : null,
                found.page() + 1 < pages ? base + "page=" + (found.page() + 1) : null);
    }

    private static String query(String name, String value) {
        return value == null || value.isBlank() ? "" : name + "=" + WebTemplateExtensions.urlEncode(value) + "&";
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
