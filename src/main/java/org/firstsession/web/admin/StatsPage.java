package org.firstsession.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.firstsession.admin.AdminService;
import org.firstsession.admin.AdminViews.Stats;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The numbers: specialists by status, open slots, bookings per week, cancellation and no-show rates, the outbox. */
@Path("/admin/stats")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${firstsession.security.admin-role}")
public class StatsPage {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance stats(Stats stats);
    }

    private final AdminService admin;

    StatsPage(AdminService admin) {
        this.admin = admin;
    }

    @GET
    public TemplateInstance stats() {
        return Templates.stats(admin.stats());
    }
}
