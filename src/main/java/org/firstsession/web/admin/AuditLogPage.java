package org.firstsession.web.admin;

import static org.firstsession.web.Paging.param;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.moderation.AuditQuery;
import org.firstsession.moderation.ModerationService;
import org.firstsession.moderation.ModerationViews.AuditEntry;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.web.FormErrors;
import org.firstsession.web.Paging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The audit log, newest first, filtered by actor, action and time. */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${firstsession.security.admin-role}")
public class AuditLogPage {

    /** The filters as typed; a date the log cannot read is shown next to its field. */
    public record AuditFilters(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to) {
    }

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance audit(List<AuditEntry> items, AuditFilters filters, Paging paging,
                FormErrors errors);
    }

    private final ModerationService moderation;

    AuditLogPage(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GET
    public Response audit(@BeanParam AuditFilters filters, @QueryParam("page") String page) {
        FormErrors errors = FormErrors.none();
        int pageNo = Paging.pageNumber(page, errors);
        if (filters.actor() != null && filters.actor().length() > 255) {
            errors.add("actor", "At most 255 characters.");
        }
        if (filters.action() != null && filters.action().length() > 100) {
            errors.add("action", "At most 100 characters.");
        }
        List<AuditEntry> items = List.of();
        Paging paging = Paging.none();
        if (!errors.any()) {
            try {
                Page<AuditEntry> found = moderation.audit(AuditQuery.parse(filters.actor(), filters.action(),
                        filters.from(), filters.to(), pageNo, 50));
                items = found.items();
                paging = Paging.of(found, "/admin/audit?" + param("actor", filters.actor())
                        + param("action", filters.action()) + param("from", filters.from()) + param("to", filters.to()));
            } catch (ProblemException refusal) {
                FormErrors.of(refusal).all().forEach((field, message) -> errors.add(field,
                        ("from".equals(field) ? "From" : "To") + ": write a date such as 2026-11-01."));
            }
        }
        return Response.status(errors.any() ? 400 : 200).entity(Templates.audit(items, filters, paging, errors)).build();
    }
}
