package org.firstsession.web.admin;

import static org.firstsession.web.Paging.param;

import java.util.List;
import java.util.Map;

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
import org.firstsession.shared.i18n.AdminMsg;
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
    private final AdminTexts texts;

    AuditLogPage(ModerationService moderation, AdminTexts texts) {
        this.moderation = moderation;
        this.texts = texts;
    }

    @GET
    public Response audit(@BeanParam AuditFilters filters, @QueryParam("page") String page) {
        AdminMsg t = texts.get();
        FormErrors errors = FormErrors.none();
        int pageNo = Paging.pageNumber(page, errors);
        errors = AdminForms.worded(errors, t, Map.of());
        if (filters.actor() != null && filters.actor().length() > 255) {
            errors.add("actor", t.admin_too_long(255));
        }
        if (filters.action() != null && filters.action().length() > 100) {
            errors.add("action", t.admin_too_long(100));
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
                errors = AdminForms.worded(FormErrors.of(refusal), t, Map.of("from", t.admin_audit_from_invalid(),
                        "to", t.admin_audit_to_invalid()));
            }
        }
        return Response.status(errors.any() ? 400 : 200).entity(Templates.audit(items, filters, paging, errors)).build();
    }
}
