package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The admin pages' texts ({@code templates/admin/}, {@code web.admin.*}): headings, labels, states, audit action
 * names, notices and form errors; {@code {admin:admin_nav_reports}} in a template, {@code Languages.bundle(AdminMsg.class,
 * locale)} in Java ({@code web.admin.AdminTexts}). Texts in {@code messages/admin_<language>.properties}. A bundle
 * of its own: {@link Msg} says why bundles stay under 300 keys.
 */
@MessageBundle("admin")
public interface AdminMsg {

    @Message
    String format_admin_date();

    // ---- every admin page ------------------------------------------------------------------------------------
    @Message
    String admin_nav_specialists();

    @Message
    String admin_nav_reports();

    @Message
    String admin_nav_contact();

    @Message
    String admin_nav_audit();

    @Message
    String admin_nav_stats();

    @Message
    String admin_nav_emails();

    @Message
    String admin_degraded();

    @Message
    String admin_degraded_emails_failing(String duration);

    @Message
    String admin_degraded_emails_given_up(long count);

    @Message
    String admin_degraded_index_behind(String duration);

    @Message
    String admin_degraded_see_emails();

    @Message
    String admin_filter();

    @Message
    String admin_clear();

    @Message
    String admin_any();

    @Message
    String admin_status();

    @Message
    String admin_yes();

    @Message
    String admin_no();

    @Message
    String admin_featured_until(String when);

    @Message
    String admin_open_slots();

    @Message
    String admin_too_long(int max);

    @Message
    String admin_note_too_long();

    @Message
    String admin_choose_from_list();

    @Message
    String admin_no_such_page();

    // ---- states and codes ------------------------------------------------------------------------------------
    @Message
    String admin_state_draft();

    @Message
    String admin_state_published();

    @Message
    String admin_state_unpublished();

    @Message
    String admin_state_suspended();

    @Message
    String admin_licence_verified();

    @Message
    String admin_licence_rejected();

    @Message
    String admin_licence_none();

    @Message
    String admin_licence_due();

    @Message
    String admin_flag_featured_no_slots();

    @Message
    String admin_flag_reverification_due();

    // ---- the work list (/admin) ------------------------------------------------------------------------------
    @Message
    String admin_specialists_title();

    @Message
    String admin_specialists_filter_label();

    @Message
    String admin_specialists_name();

    @Message
    String admin_specialists_featured();

    @Message
    String admin_specialists_featured_only();

    @Message
    String admin_specialists_not_featured();

    @Message
    String admin_specialists_licence_check();

    @Message
    String admin_specialists_count_one(long count);

    @Message
    String admin_specialists_count(long count);

    @Message
    String admin_specialists_none();

    @Message
    String admin_specialists_caption();

    @Message
    String admin_specialists_col_licence();

    @Message
    String admin_specialists_col_slots();

    @Message
    String admin_specialists_col_flags();

    // ---- one specialist --------------------------------------------------------------------------------------
    @Message
    String admin_specialist_title(String name);

    @Message
    String admin_specialist_all();

    @Message
    String admin_specialist_checked_on(String date);

    @Message
    String admin_specialist_valid_until(String date);

    @Message
    String admin_specialist_attention();

    @Message
    String admin_specialist_public_profile();

    @Message
    String admin_specialist_result();

    @Message
    String admin_specialist_checked_on_label();

    @Message
    String admin_specialist_valid_until_label();

    @Message
    String admin_specialist_valid_until_hint();

    @Message
    String admin_specialist_note();

    @Message
    String admin_specialist_note_hint();

    @Message
    String admin_specialist_save_check();

    @Message
    String admin_specialist_feature_heading();

    @Message
    String admin_specialist_stop_featuring();

    @Message
    String admin_specialist_until();

    @Message
    String admin_specialist_until_hint(String zone);

    @Message
    String admin_specialist_feature_with_end();

    @Message
    String admin_specialist_feature();

    @Message
    String admin_specialist_suspension();

    @Message
    String admin_specialist_reinstate_explained();

    @Message
    String admin_specialist_reinstate();

    @Message
    String admin_specialist_suspend_explained();

    @Message
    String admin_specialist_reason();

    @Message
    String admin_specialist_reason_hint();

    @Message
    String admin_specialist_suspend();

    @Message
    String admin_specialist_done_verified();

    @Message
    String admin_specialist_done_featured();

    @Message
    String admin_specialist_done_unfeatured();

    @Message
    String admin_specialist_done_suspended();

    @Message
    String admin_specialist_done_reinstated();

    @Message
    String admin_specialist_not_verified();

    @Message
    String admin_specialist_not_featured(String reason);

    @Message
    String admin_specialist_not_suspended(String reason);

    @Message
    String admin_specialist_choose_result();

    @Message
    String admin_specialist_give_date();

    @Message
    String admin_specialist_date_format();

    @Message
    String admin_specialist_checked_in_future();

    @Message
    String admin_specialist_valid_before_check();

    @Message
    String admin_specialist_valid_until_required();

    @Message
    String admin_specialist_end_format();

    @Message
    String admin_specialist_end_in_past();

    @Message
    String admin_specialist_not_public();

    @Message
    String admin_specialist_no_open_slots();

    @Message
    String admin_specialist_give_reason();

    @Message
    String admin_specialist_reason_too_long();

    @Message
    String admin_specialist_already_suspended();

    @Message
    String admin_specialist_is_not_suspended();

    // ---- reports ---------------------------------------------------------------------------------------------
    @Message
    String admin_reports_title();

    @Message
    String admin_reports_filter_label();

    @Message
    String admin_report_status_open();

    @Message
    String admin_report_status_resolved();

    @Message
    String admin_reports_choose_status();

    @Message
    String admin_reports_none();

    @Message
    String admin_reports_reason();

    @Message
    String admin_reported_question();

    @Message
    String admin_reported_answer();

    @Message
    String admin_reported_article();

    @Message
    String admin_reported_conversation();

    @Message
    String admin_report_title();

    @Message
    String admin_report_all();

    @Message
    String admin_report_about_question();

    @Message
    String admin_report_about_answer();

    @Message
    String admin_report_about_article();

    @Message
    String admin_report_about_conversation();

    @Message
    String admin_report_resolved_at();

    @Message
    String admin_report_reported();

    @Message
    String admin_report_reason();

    @Message
    String admin_report_content();

    @Message
    String admin_report_content_ended();

    @Message
    String admin_report_content_private();

    @Message
    String admin_report_content_gone();

    @Message
    String admin_report_moderate_question();

    @Message
    String admin_report_hide_question();

    @Message
    String admin_report_hide_answer();

    @Message
    String admin_report_hide_article();

    @Message
    String admin_report_restore_question();

    @Message
    String admin_report_restore_answer();

    @Message
    String admin_report_restore_article();

    @Message
    String admin_report_resolve();

    @Message
    String admin_report_note();

    @Message
    String admin_report_note_hint();

    @Message
    String admin_report_resolve_button();

    @Message
    String admin_report_done_resolved();

    @Message
    String admin_report_done_hidden();

    @Message
    String admin_report_done_restored();

    @Message
    String admin_report_choose_action();

    @Message
    String admin_report_conversation_cannot_hide();

    // ---- one question ----------------------------------------------------------------------------------------
    @Message
    String admin_question_title();

    @Message
    String admin_question_public_page();

    @Message
    String admin_question_asked();

    @Message
    String admin_question_hidden();

    @Message
    String admin_question_visible();

    @Message
    String admin_question_answers(int count);

    @Message
    String admin_question_no_answers();

    @Message
    String admin_question_hide();

    @Message
    String admin_question_restore();

    @Message
    String admin_question_answer_by();

    @Message
    String admin_question_done_hidden();

    @Message
    String admin_question_done_restored();

    // ---- contact requests ------------------------------------------------------------------------------------
    @Message
    String admin_contacts_title();

    @Message
    String admin_contacts_filter_label();

    @Message
    String admin_contact_status_open();

    @Message
    String admin_contact_status_closed();

    @Message
    String admin_contacts_choose_status();

    @Message
    String admin_contacts_none();

    @Message
    String admin_contact_from();

    @Message
    String admin_contact_deleted_account();

    @Message
    String admin_contacts_from_deleted();

    @Message
    String admin_contact_title();

    @Message
    String admin_contact_all();

    @Message
    String admin_contact_sent();

    @Message
    String admin_contact_closed_at();

    @Message
    String admin_contact_message();

    @Message
    String admin_contact_read_recorded();

    @Message
    String admin_contact_close();

    @Message
    String admin_contact_done_closed();

    // ---- audit log -------------------------------------------------------------------------------------------
    @Message
    String admin_audit_title();

    @Message
    String admin_audit_filter_label();

    @Message
    String admin_audit_actor();

    @Message
    String admin_audit_actor_hint();

    @Message
    String admin_audit_action();

    @Message
    String admin_audit_action_hint(String example);

    @Message
    String admin_audit_from();

    @Message
    String admin_audit_before();

    @Message
    String admin_audit_count_one(long count);

    @Message
    String admin_audit_count(long count);

    @Message
    String admin_audit_times_in(String zone);

    @Message
    String admin_audit_caption();

    @Message
    String admin_audit_when();

    @Message
    String admin_audit_object();

    @Message
    String admin_audit_outcome();

    @Message
    String admin_audit_detail();

    @Message
    String admin_audit_from_invalid();

    @Message
    String admin_audit_to_invalid();

    @Message
    String admin_outcome_success();

    @Message
    String admin_outcome_refused();

    @Message
    String admin_action_answer_hide();

    @Message
    String admin_action_answer_restore();

    @Message
    String admin_action_article_hide();

    @Message
    String admin_action_article_restore();

    @Message
    String admin_action_contact_close();

    @Message
    String admin_action_contact_read();

    @Message
    String admin_action_conversation_read();

    @Message
    String admin_action_email_retry();

    @Message
    String admin_action_email_retry_all();

    @Message
    String admin_action_key_rotation();

    @Message
    String admin_action_question_hide();

    @Message
    String admin_action_question_restore();

    @Message
    String admin_action_report_read();

    @Message
    String admin_action_report_resolve();

    @Message
    String admin_action_specialist_feature();

    @Message
    String admin_action_specialist_unfeature();

    @Message
    String admin_action_specialist_suspend();

    @Message
    String admin_action_specialist_reinstate();

    @Message
    String admin_action_specialist_verification();

    @Message
    String admin_object_specialist();

    @Message
    String admin_object_question();

    @Message
    String admin_object_answer();

    @Message
    String admin_object_article();

    @Message
    String admin_object_conversation();

    @Message
    String admin_object_contact_request();

    @Message
    String admin_object_report();

    @Message
    String admin_object_email();

    @Message
    String admin_object_crypto();

    // ---- numbers ---------------------------------------------------------------------------------------------
    @Message
    String admin_stats_title();

    @Message
    String admin_stats_draft();

    @Message
    String admin_stats_published();

    @Message
    String admin_stats_unpublished();

    @Message
    String admin_stats_verified();

    @Message
    String admin_stats_featured();

    @Message
    String admin_stats_cancellation_rate();

    @Message
    String admin_stats_no_show_rate();

    @Message
    String admin_stats_emails_waiting();

    @Message
    String admin_stats_emails_failed();

    @Message
    String admin_stats_per_week();

    @Message
    String admin_stats_week_of();

    @Message
    String admin_stats_bookings_made();

    // ---- emails ----------------------------------------------------------------------------------------------
    @Message
    String admin_emails_title();

    @Message
    String admin_emails_filter_label();

    @Message
    String admin_emails_show();

    @Message
    String admin_emails_failed_option();

    @Message
    String admin_emails_waiting_option();

    @Message
    String admin_emails_retry_all();

    @Message
    String admin_emails_none_failed();

    @Message
    String admin_emails_none_waiting();

    @Message
    String admin_emails_to();

    @Message
    String admin_emails_attempts(int count);

    @Message
    String admin_emails_queued();

    @Message
    String admin_emails_last_error();

    @Message
    String admin_emails_retry();

    @Message
    String admin_emails_send_now();

    @Message
    String admin_emails_done_retried();

    @Message
    String admin_emails_done_all();

    @Message
    String admin_emails_choose_status();
}
