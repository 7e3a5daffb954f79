package org.firstsession.web.admin;

import static org.firstsession.web.Paging.param;
import static org.firstsession.web.WebPaths.seeOther;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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

import org.firstsession.admin.AdminProblem;
import org.firstsession.admin.AdminService;
import org.firstsession.admin.AdminSpecialistQuery;
import org.firstsession.admin.AdminViews.AdminSpecialist;
import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.web.FormErrors;
import org.firstsession.web.Paging;
import org.firstsession.web.VisitorZone;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The specialists work list (the admin start page) and one specialist: verify, feature, suspend,
 * reinstate. The same service as the admin API, so every action is audited the same way. Non-admins get
 * the 403 page, visitors the login.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${firstsession.security.admin-role}")
public class AdminSpecialistPages {

    /** The work list's filters as typed. */
    public record SpecialistFilters(@QueryParam("status") String status, @QueryParam("featured") String featured,
            @QueryParam("verification") String verification, @QueryParam("q") String q) {
    }

    /** What the admin typed into the forms of one specialist's page. */
    public record SpecialistInput(String verificationStatus, String checkedOn, String validUntil, String note,
            String until, String reason) {

        static SpecialistInput empty() {
            return new SpecialistInput("VERIFIED", LocalDate.now().toString(), null, null, null, null);
        }
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance specialists(List<AdminSpecialist> items, SpecialistFilters filters,
                Paging paging, FormErrors errors);

        static native TemplateInstance specialist(AdminSpecialist s, SpecialistInput input, FormErrors errors,
                String notice);
    }

    private final AdminService admin;
    private final VisitorZone zone;
    private final AdminTexts texts;

    AdminSpecialistPages(AdminService admin, VisitorZone zone, AdminTexts texts) {
        this.admin = admin;
        this.zone = zone;
        this.texts = texts;
    }

    @GET
    public Response specialists(@BeanParam SpecialistFilters filters, @QueryParam("page") String page) {
        FormErrors errors = FormErrors.none();
        Paging.Listing<AdminSpecialist> list = Paging.list(page, errors, "/admin?" + param("status", filters.status())
                + param("featured", filters.featured()) + param("verification", filters.verification()) + param("q", filters.q()),
                pageNo -> admin.specialists(AdminSpecialistQuery.parse(filters.status(), filters.featured(),
                        filters.verification(), filters.q(), pageNo, Paging.LIST_SIZE)));
        AdminMsg t = texts.get();
        list = AdminForms.worded(list, t, Map.of("status", t.admin_choose_from_list(), "featured", t.admin_choose_from_list(),
                "verification", t.admin_choose_from_list(), "q", t.admin_too_long(200)));
        return Response.status(list.status())
                .entity(Templates.specialists(list.items(), filters, list.paging(), list.errors())).build();
    }

    @GET
    @Path("/specialists/{id}")
    public TemplateInstance specialist(@PathParam("id") UUID id, @QueryParam("done") String done) {
        AdminMsg t = texts.get();
        String notice = done == null ? null : switch (done) {
            case "verified" -> t.admin_specialist_done_verified();
            case "featured" -> t.admin_specialist_done_featured();
            case "unfeatured" -> t.admin_specialist_done_unfeatured();
            case "suspended" -> t.admin_specialist_done_suspended();
            case "reinstated" -> t.admin_specialist_done_reinstated();
            default -> null;
        };
        return Templates.specialist(admin.specialistSummary(id), SpecialistInput.empty(), FormErrors.none(), notice);
    }

    @POST
    @Path("/specialists/{id}/verification")
    public Response verify(@PathParam("id") UUID id, @BeanParam VerificationForm form) {
        SpecialistInput input = new SpecialistInput(form.status(), form.checkedOn(), form.validUntil(), form.note(),
                null, null);
        AdminMsg t = texts.get();
        FormErrors errors = FormErrors.none();
        VerificationRequest request = form.toRequest(t, errors);
        if (request != null) {
            try {
                admin.verify(id, request);
                return seeOther("/admin/specialists/" + id + "?done=verified");
            } catch (ProblemException refusal) {
                if (refusal.status() == 404) {
                    throw refusal;
                }
                errors = FormErrors.of(refusal);
            }
        }
        return Response.status(400).entity(Templates.specialist(admin.specialistSummary(id), input, errors,
                t.admin_specialist_not_verified())).build();
    }

    @POST
    @Path("/specialists/{id}/featured")
    public Response feature(@PathParam("id") UUID id, @BeanParam FeatureForm form) {
        SpecialistInput input = new SpecialistInput("VERIFIED", LocalDate.now().toString(), null, null, form.until(),
                null);
        AdminMsg t = texts.get();
        FormErrors errors = FormErrors.none();
        FeatureRequest request = form.toRequest(zone.zone(), t, errors);
        int status = 400;
        if (request != null) {
            try {
                admin.feature(id, request);
                return seeOther("/admin/specialists/" + id + "?done=" + (form.on() ? "featured" : "unfeatured"));
            } catch (ProblemException refusal) {
                if (refusal.status() == 404) {
                    throw refusal;
                }
                status = refusal.status();
                errors = FormErrors.none().add("until", featureRefusal(id, refusal, t));
            }
        }
        return Response.status(status).entity(Templates.specialist(admin.specialistSummary(id), input, errors,
                t.admin_specialist_not_featured(errors.get("until")))).build();
    }

    @POST
    @Path("/specialists/{id}/suspend")
    public Response suspend(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        SpecialistInput input = new SpecialistInput("VERIFIED", LocalDate.now().toString(), null, null, null, reason);
        AdminMsg t = texts.get();
        String problem = reason == null || reason.isBlank() ? t.admin_specialist_give_reason()
                : reason.length() > 1000 ? t.admin_specialist_reason_too_long() : null;
        if (problem == null) {
            try {
                admin.suspend(id, reason);
                return seeOther("/admin/specialists/" + id + "?done=suspended");
            } catch (ProblemException refusal) {
                if (refusal.status() == 404) {
                    throw refusal;
                }
                problem = refusal.type() == AdminProblem.ALREADY_SUSPENDED ? t.admin_specialist_already_suspended()
                        : FormErrors.message(refusal);
            }
        }
        return Response.status(400).entity(Templates.specialist(admin.specialistSummary(id), input,
                FormErrors.none().add("reason", problem), t.admin_specialist_not_suspended(problem))).build();
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
            String notice = refusal.type() == AdminProblem.NOT_SUSPENDED ? texts.get().admin_specialist_is_not_suspended()
                    : FormErrors.message(refusal);
            return Response.status(refusal.status()).entity(Templates.specialist(admin.specialistSummary(id),
                    SpecialistInput.empty(), FormErrors.none(), notice)).build();
        }
    }

    /**
     * Why featuring was refused, in the admin's words: the service's rule (a public profile with open slots in the
     * next 14 days), told apart by the profile's state; an end that passed meanwhile.
     */
    private String featureRefusal(UUID id, ProblemException refusal, AdminMsg t) {
        if (refusal.type() == AdminProblem.NOT_FEATURABLE) {
            AdminSpecialist s = admin.specialistSummary(id);
            return s.suspended() || !"PUBLISHED".equals(s.status()) ? t.admin_specialist_not_public()
                    : t.admin_specialist_no_open_slots();
        }
        return FormErrors.of(refusal).has("until") ? t.admin_specialist_end_in_past() : FormErrors.message(refusal);
    }
}
