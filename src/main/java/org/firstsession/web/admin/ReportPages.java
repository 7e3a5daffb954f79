package org.firstsession.web.admin;

import static org.firstsession.web.Paging.param;
import static org.firstsession.web.WebPaths.seeOther;

import java.util.List;
import java.util.Map;
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

import org.firstsession.article.ArticleService;
import org.firstsession.community.CommunityService;
import org.firstsession.moderation.ModerationService;
import org.firstsession.moderation.ModerationViews.ReportDetail;
import org.firstsession.moderation.ModerationViews.ReportItem;
import org.firstsession.moderation.ReportStatus;
import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.web.FormErrors;
import org.firstsession.web.Paging;
import org.firstsession.web.Viewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Reports: the list, one report with the reported content (the read is audited), resolve, hide or restore a post. */
@Path("/admin/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${firstsession.security.admin-role}")
public class ReportPages {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance reports(List<ReportItem> items, String status, Paging paging, FormErrors errors);

        static native TemplateInstance report(ReportDetail detail, String notice, FormErrors errors, String note);
    }

    private final ModerationService moderation;
    private final CommunityService community;
    private final ArticleService articles;
    private final Viewer viewer;
    private final AdminTexts texts;

    ReportPages(ModerationService moderation, CommunityService community, ArticleService articles, Viewer viewer,
            AdminTexts texts) {
        this.articles = articles;
        this.moderation = moderation;
        this.community = community;
        this.viewer = viewer;
        this.texts = texts;
    }

    @GET
    public Response reports(@QueryParam("status") String status, @QueryParam("page") String page) {
        Paging.Listing<ReportItem> list = Paging.list(page, FormErrors.none(), "/admin/reports?" + param("status", status),
                pageNo -> moderation.reports(ReportStatus.parseFilter(status), pageNo, Paging.LIST_SIZE));
        AdminMsg t = texts.get();
        list = AdminForms.worded(list, t, Map.of("status", t.admin_reports_choose_status()));
        return Response.status(list.status()).entity(Templates.reports(list.items(), status, list.paging(), list.errors())).build();
    }

    /** Reading a report shows the reported private content: the service audits the read. */
    @GET
    @Path("/{id}")
    public TemplateInstance report(@PathParam("id") UUID id, @QueryParam("done") String done) {
        AdminMsg t = texts.get();
        String notice = done == null ? null : switch (done) {
            case "resolved" -> t.admin_report_done_resolved();
            case "hidden" -> t.admin_report_done_hidden();
            case "restored" -> t.admin_report_done_restored();
            default -> null;
        };
        return Templates.report(moderation.report(id), notice, FormErrors.none(), null);
    }

    @POST
    @Path("/{id}/resolve")
    public Response resolve(@PathParam("id") UUID id, @FormParam("note") String note) {
        if (note != null && note.length() > 1000) {
            return Response.status(400).entity(Templates.report(moderation.report(id), null,
                    FormErrors.none().add("note", texts.get().admin_note_too_long()), note)).build();
        }
        moderation.resolve(id, viewer.accountId(), note);
        return seeOther("/admin/reports/" + id + "?done=resolved");
    }

    /** Hide or restore the question or answer a report is about; back to the report. */
    @POST
    @Path("/{id}/moderate")
    public Response moderate(@PathParam("id") UUID id, @FormParam("action") String action) {
        ReportDetail detail = moderation.report(id);
        ReportItem report = detail.report();
        UUID me = viewer.accountId();
        boolean hide = "hide".equals(action);
        if (!hide && !"restore".equals(action)) {
            return Response.status(400).entity(Templates.report(detail, texts.get().admin_report_choose_action(), FormErrors.none(), null))
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
            case "ARTICLE" -> {
                if (hide) {
                    articles.hide(report.subjectId(), me, true);
                } else {
                    articles.restore(report.subjectId(), me, true);
                }
            }
            default -> {
                return Response.status(409).entity(Templates.report(detail,
                        texts.get().admin_report_conversation_cannot_hide(),
                        FormErrors.none(), null)).build();
            }
        }
        return seeOther("/admin/reports/" + id + "?done=" + (hide ? "hidden" : "restored"));
    }
}
