package org.firstsession.web.admin;

import static org.firstsession.web.Paging.param;
import static org.firstsession.web.WebPaths.seeOther;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.notification.EmailQueue;
import org.firstsession.shared.Page;
import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.web.FormErrors;
import org.firstsession.web.Paging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Failed and waiting emails (recipient masked, no body) with retry, one or all: the same service as
 * {@code /api/admin/emails}, so the same refusals and audit records.
 */
@Path("/admin/emails")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${firstsession.security.admin-role}")
public class EmailPages {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance emails(List<EmailQueue.AdminEmail> items, String status, Paging paging,
                FormErrors errors, String notice);
    }

    private final EmailQueue queue;
    private final AdminTexts texts;

    EmailPages(EmailQueue queue, AdminTexts texts) {
        this.queue = queue;
        this.texts = texts;
    }

    @GET
    public Response emails(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("done") String done) {
        AdminMsg t = texts.get();
        FormErrors errors = FormErrors.none();
        int pageNo = Paging.pageNumber(page, errors);
        errors = AdminForms.worded(errors, t, Map.of());
        EmailQueue.Status chosen = EmailQueue.Status.FAILED;
        if (status != null && !status.isBlank()) {
            try {
                chosen = EmailQueue.Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                errors.add("status", t.admin_emails_choose_status());
            }
        }
        List<EmailQueue.AdminEmail> items = List.of();
        Paging paging = Paging.none();
        if (!errors.any()) {
            Page<EmailQueue.AdminEmail> found = queue.list(chosen, pageNo, Paging.LIST_SIZE);
            items = found.items();
            paging = Paging.of(found, "/admin/emails?" + param("status", chosen.name()));
        }
        String notice = done == null ? null : switch (done) {
            case "retried" -> t.admin_emails_done_retried();
            case "all" -> t.admin_emails_done_all();
            default -> null;
        };
        return Response.status(errors.any() ? 400 : 200)
                .entity(Templates.emails(items, chosen.name(), paging, errors, notice)).build();
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") UUID id) {
        queue.retry(id);
        return seeOther("/admin/emails?status=PENDING&done=retried");
    }

    @POST
    @Path("/retry")
    public Response retryAll() {
        queue.retryAllFailed();
        return seeOther("/admin/emails?status=PENDING&done=all");
    }
}
