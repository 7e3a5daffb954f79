package org.firstsession.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.firstsession.admin.AdminService;
import org.firstsession.operations.DegradedHealthCheck;
import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.shared.i18n.Languages;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Words for the codes the admin pages show, in the page's language: {@code {s.status.adminState}} ("SUSPENDED" →
 * "Suspended", "Gesperrt"), {@code {e.action.adminAction}}, dates with their year ({@code {d.adminDate}}). A code
 * the bundle has no word for is shown as it is (a new audit action, say), never an empty cell.
 */
@TemplateExtension
public class AdminLabels {

    private AdminLabels() {
    }

    /** A profile's state as admins see it: DRAFT, PUBLISHED, UNPUBLISHED, SUSPENDED. */
    static String adminState(String state, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(state)) {
            case "DRAFT" -> t.admin_state_draft();
            case "PUBLISHED" -> t.admin_state_published();
            case "UNPUBLISHED" -> t.admin_state_unpublished();
            case "SUSPENDED" -> t.admin_state_suspended();
            default -> code(state);
        };
    }

    /** A licence check's result: VERIFIED, REJECTED. */
    static String adminLicence(String status, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(status)) {
            case "VERIFIED" -> t.admin_licence_verified();
            case "REJECTED" -> t.admin_licence_rejected();
            default -> code(status);
        };
    }

    /** What needs attention on the work list ({@link AdminService#FEATURED_NO_SLOTS}, ...). */
    static String adminFlag(String flag, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        if (AdminService.FEATURED_NO_SLOTS.equals(flag)) {
            return t.admin_flag_featured_no_slots();
        }
        return AdminService.REVERIFICATION_DUE.equals(flag) ? t.admin_flag_reverification_due() : code(flag);
    }

    /** A report's status: OPEN, RESOLVED. */
    static String adminReportStatus(String status, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(status)) {
            case "OPEN" -> t.admin_report_status_open();
            case "RESOLVED" -> t.admin_report_status_resolved();
            default -> code(status);
        };
    }

    /** A contact request's status: OPEN, CLOSED. */
    static String adminContactStatus(Object status, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(status)) {
            case "OPEN" -> t.admin_contact_status_open();
            case "CLOSED" -> t.admin_contact_status_closed();
            default -> code(status);
        };
    }

    /** "question reported": a line of the reports list, by what was reported. */
    static String adminReported(String subjectType, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(subjectType)) {
            case "QUESTION" -> t.admin_reported_question();
            case "ANSWER" -> t.admin_reported_answer();
            case "ARTICLE" -> t.admin_reported_article();
            case "CONVERSATION" -> t.admin_reported_conversation();
            default -> code(subjectType);
        };
    }

    /** "Report about a question": a report's heading (each its own key: articles and genders differ by language). */
    static String adminReportAbout(String subjectType, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(subjectType)) {
            case "QUESTION" -> t.admin_report_about_question();
            case "ANSWER" -> t.admin_report_about_answer();
            case "ARTICLE" -> t.admin_report_about_article();
            case "CONVERSATION" -> t.admin_report_about_conversation();
            default -> code(subjectType);
        };
    }

    /** "Hide the question": the button that hides a reported post. */
    static String adminHidePost(String subjectType, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(subjectType)) {
            case "ANSWER" -> t.admin_report_hide_answer();
            case "ARTICLE" -> t.admin_report_hide_article();
            default -> t.admin_report_hide_question();
        };
    }

    /** "Restore the question": the button that shows a hidden reported post again. */
    static String adminRestorePost(String subjectType, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(subjectType)) {
            case "ANSWER" -> t.admin_report_restore_answer();
            case "ARTICLE" -> t.admin_report_restore_article();
            default -> t.admin_report_restore_question();
        };
    }

    /** An audit entry's action ("SPECIALIST_FEATURE" → "Specialist featured"). */
    static String adminAction(String action, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(action)) {
            case "ANSWER_HIDE" -> t.admin_action_answer_hide();
            case "ANSWER_RESTORE" -> t.admin_action_answer_restore();
            case "ARTICLE_HIDE" -> t.admin_action_article_hide();
            case "ARTICLE_RESTORE" -> t.admin_action_article_restore();
            case "CONTACT_CLOSE" -> t.admin_action_contact_close();
            case "CONTACT_READ" -> t.admin_action_contact_read();
            case "CONVERSATION_READ" -> t.admin_action_conversation_read();
            case "EMAIL_RETRY" -> t.admin_action_email_retry();
            case "EMAIL_RETRY_ALL" -> t.admin_action_email_retry_all();
            case "KEY_ROTATION" -> t.admin_action_key_rotation();
            case "QUESTION_HIDE" -> t.admin_action_question_hide();
            case "QUESTION_RESTORE" -> t.admin_action_question_restore();
            case "REPORT_READ" -> t.admin_action_report_read();
            case "REPORT_RESOLVE" -> t.admin_action_report_resolve();
            case "SPECIALIST_FEATURE" -> t.admin_action_specialist_feature();
            case "SPECIALIST_UNFEATURE" -> t.admin_action_specialist_unfeature();
            case "SPECIALIST_SUSPEND" -> t.admin_action_specialist_suspend();
            case "SPECIALIST_REINSTATE" -> t.admin_action_specialist_reinstate();
            case "SPECIALIST_VERIFICATION" -> t.admin_action_specialist_verification();
            default -> code(action);
        };
    }

    /** What an audit entry is about ("CONTACT_REQUEST" → "Contact request"). */
    static String adminObject(String type, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(type)) {
            case "SPECIALIST" -> t.admin_object_specialist();
            case "QUESTION" -> t.admin_object_question();
            case "ANSWER" -> t.admin_object_answer();
            case "ARTICLE" -> t.admin_object_article();
            case "CONVERSATION" -> t.admin_object_conversation();
            case "CONTACT_REQUEST" -> t.admin_object_contact_request();
            case "REPORT" -> t.admin_object_report();
            case "EMAIL" -> t.admin_object_email();
            case "CRYPTO" -> t.admin_object_crypto();
            default -> code(type);
        };
    }

    /** An audit entry's outcome: SUCCESS, REFUSED. */
    static String adminOutcome(String outcome, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(outcome)) {
            case "SUCCESS" -> t.admin_outcome_success();
            case "REFUSED" -> t.admin_outcome_refused();
            default -> code(outcome);
        };
    }

    /** The numbers page's line for the specialists in one state ("Specialists published"). */
    static String adminStatsState(String state, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (code(state)) {
            case "DRAFT" -> t.admin_stats_draft();
            case "PUBLISHED" -> t.admin_stats_published();
            case "UNPUBLISHED" -> t.admin_stats_unpublished();
            default -> code(state);
        };
    }

    /** One reason of the "Degraded" banner. */
    static String adminCause(DegradedHealthCheck.Cause cause, @TemplateAttribute("locale") Object locale) {
        AdminMsg t = texts(locale);
        return switch (cause.kind()) {
            case DegradedHealthCheck.EMAILS_FAILING -> t.admin_degraded_emails_failing(cause.amount());
            case DegradedHealthCheck.EMAILS_GIVEN_UP -> t.admin_degraded_emails_given_up(Long.parseLong(cause.amount()));
            case DegradedHealthCheck.INDEX_BEHIND -> t.admin_degraded_index_behind(cause.amount());
            default -> cause.kind() + " " + cause.amount();
        };
    }

    /** A day with its year in the page's language: "1 Dec 2026", "1. Dez. 2026", "1 déc. 2026". */
    static String adminDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(texts(locale).format_admin_date(), pageLocale(locale)).format(date);
    }

    /** {@code 0.125} → "12.5 %" in English, "12,5 %" in German and French. */
    static String adminPercent(double rate, @TemplateAttribute("locale") Object locale) {
        return String.format(pageLocale(locale), "%.1f %%", rate * 100);
    }

    private static String code(Object value) {
        return value == null ? "" : value.toString();
    }

    private static AdminMsg texts(Object locale) {
        return Arc.container().instance(Languages.class).get().bundle(AdminMsg.class, pageLocale(locale));
    }

    /** The template's locale attribute (set by {@code web.TemplateLocale} for every page). */
    private static Locale pageLocale(Object locale) {
        return locale instanceof Locale l ? l : locale instanceof String tag ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
    }
}
