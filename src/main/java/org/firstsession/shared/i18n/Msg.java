package org.firstsession.shared.i18n;

import java.time.LocalTime;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The shared texts, by key: the layout, formats, error pages, the tags every page uses, and what Java code
 * builds (notices, form errors); {@code {msg:nav_find}} in a template, {@code Languages.messages(locale)} in
 * Java. Pages have bundles of their own ({@link SiteMsg} {@code site:}, {@link MyMsg} {@code my:}); each
 * bundle's texts are in {@code messages/<bundle>_<language>.properties}, English in {@code <bundle>_en}.
 * A method here only names a key and its parameters, so the build fails when a template uses a key or a
 * parameter that does not exist; {@code MessageBundleTest} keeps the languages complete.
 * <p>
 * Keep every bundle under 300 keys: Quarkus 3.34.1 splits a bundle's generated resolve method into chunks of
 * 300 and the chained call it generates fails bytecode verification (VerifyError at startup) — a bundle per
 * area is the workaround.
 */
@MessageBundle
public interface Msg {

    // ---- language and formats -------------------------------------------------------------------------
    /** This language's name in itself ("Deutsch"), for the switcher. */
    @Message
    String language_name();

    /** java.time pattern: "Tue 1 Dec, 14:00". */
    @Message
    String format_date_time();

    /** java.time pattern: "Tuesday 1 December". */
    @Message
    String format_day();

    /** java.time pattern: "14:00". */
    @Message
    String format_time();

    // ---- layout -----------------------------------------------------------------------------------------
    @Message
    String layout_description();

    @Message
    String layout_skip();

    @Message
    String nav_label();

    @Message
    String nav_find();

    @Message
    String nav_questions();

    @Message
    String nav_bookings();

    @Message
    String nav_messages();

    @Message
    String nav_unread();

    @Message
    String nav_my_profile();

    @Message
    String nav_my_practice();

    @Message
    String nav_admin();

    @Message
    String nav_my_account();

    @Message
    String nav_logout();

    @Message
    String nav_login();

    @Message
    String nav_signup();

    @Message
    String footer_tagline();

    @Message
    String footer_contact();

    @Message
    String footer_privacy();

    @Message
    String footer_for_specialists();

    @Message
    String footer_zone_label();

    @Message
    String footer_change_zone();

    @Message
    String footer_crisis();

    @Message
    String footer_language();

    // ---- account: language ------------------------------------------------------------------------------
    @Message
    String account_language_saved();

    @Message
    String account_language_invalid();

    // ---- error page ------------------------------------------------------------------------------------------
    @Message
    String error_eyebrow(int status);

    @Message
    String error_home();

    // ---- specialist card -------------------------------------------------------------------------------------
    @Message
    String card_photo_alt(String displayName);

    @Message
    String card_verified();

    @Message
    String card_featured();

    @Message
    String card_specialties();

    @Message
    String card_languages();

    @Message
    String card_sessions();

    @Message
    String card_fee();

    @Message
    String card_fee_on_request();

    @Message
    String card_next_free();

    @Message
    String card_no_free_slot();

    // ---- pager -----------------------------------------------------------------------------------------------
    @Message
    String pager_label();

    @Message
    String pager_previous();

    @Message
    String pager_position(int current, int pages);

    @Message
    String pager_next();

    // ---- gate and field errors -------------------------------------------------------------------------------
    @Message
    String gate_or();

    @Message
    String gate_verify_first();

    @Message
    String gate_resend();

    // ---- field error -----------------------------------------------------------------------------------------
    @Message
    String field_error_prefix();

    // ---- share links -----------------------------------------------------------------------------------------
    @Message
    String share_copy();

    @Message
    String share_email();

    // ---- booking item ----------------------------------------------------------------------------------------
    @Message
    String booking_cancelled();

    @Message
    String booking_with(String displayName);

    @Message
    String booking_details();

    @Message
    String booking_invite();

    @Message
    String share_link_profile();

    @Message
    String share_link_question();

    @Message
    String share_link_article();

    @Message
    String booking_with_client(String displayName);

    @Message
    String booking_with_a_client();

    // ---- error pages: headings by status ----

    @Message
    String error_heading_400();

    @Message
    String error_heading_403();

    @Message
    String error_heading_404();

    @Message
    String error_heading_405();

    @Message
    String error_heading_409();

    @Message
    String error_heading_413();

    @Message
    String error_heading_429();

    @Message
    String error_heading_503();

    @Message
    String error_heading_5xx();

    @Message
    String error_heading_4xx();

    // ---- directory -------------------------------------------------------------------------------------------
    @Message
    String dir_search();

    @Message
    String format_online();

    @Message
    String format_in_person();

    @Message
    String dir_search_button();

    // ---- profile page: notices and gates ---------------------------------------------------------------------
    @Message
    String waitlist_joined();

    @Message
    String waitlist_left();

    @Message
    String waitlist_already_waiting();

    @Message
    String waitlist_too_many();

    @Message
    String waitlist_already_booked();

    @Message
    String waitlist_own();

    @Message
    String waitlist_invalid_times();

    @Message
    String profile_description(String displayName);

    @Message
    String share_title(String title);

    @Message
    String gate_book();

    @Message
    String gate_message();

    // ---- ask -------------------------------------------------------------------------------------------------
    @Message
    String ask_topic();

    // ---- topic search ----------------------------------------------------------------------------------------
    @Message
    String search_all_topics();

    // ---- articles (by hand) ----------------------------------------------------------------------------------
    @Message
    String article_untitled();

    // ---- article page ----------------------------------------------------------------------------------------
    @Message
    String article_minutes(int readingMinutes);

    // ---- article content -------------------------------------------------------------------------------------
    @Message
    String article_references();

    // ---- account and time zone notices -----------------------------------------------------------------------
    @Message
    String account_zone_saved();

    @Message
    String tz_invalid();

    @Message
    String account_delete_mistyped();

    @Message
    String account_deleted();

    @Message
    String gate_contact();

    @Message
    String gate_ask();

    // ---- consents --------------------------------------------------------------------------------------------
    @Message
    String consent_booking();

    // ---- booking form and notices ----------------------------------------------------------------------------
    @Message
    String booking_choose_time();

    @Message
    String booking_note_too_long(int max, int length);

    @Message
    String booking_consent_missing();

    @Message
    String booking_check_form();

    @Message
    String booking_consent_changed();

    @Message
    String booking_booked();

    @Message
    String booking_is_cancelled();

    @Message
    String booking_moved();

    @Message
    String booking_reason_too_long(int max);

    @Message
    String booking_choose_new_time();

    @Message
    String booking_time_gone();

    @Message
    String booking_slot_gone(String reason);

    // ---- questions and articles: notices ---------------------------------------------------------------------
    @Message
    String question_published();

    @Message
    String report_thanks();

    @Message
    String answer_published();

    @Message
    String report_reason_missing();

    @Message
    String report_not_sent(String problem);

    @Message
    String article_description();

    // ---- places (issue #22) ----------------------------------------------------------------------------
    @Message
    String profile_place_label();

    @Message
    String profile_place_hint();

    @Message
    String profile_reduced_fee_label();

    @Message
    String profile_reduced_fee_note_label();

    @Message
    String profile_reduced_fee_note_hint();

    // ---- directory: near, prices (issue #22) -----------------------------------------------------------
    @Message
    String dir_near_label();

    @Message
    String dir_radius_label();

    @Message
    String dir_radius_option(String km);

    @Message
    String dir_currency_label();

    @Message
    String dir_currency_any();

    @Message
    String dir_sort_distance();

    @Message
    String dir_reduced_fee();

    @Message
    String dir_include_online();

    @Message
    String card_distance(int km);

    @Message
    String card_reduced_fee();

    @Message
    String card_first_free();

    // ---- guided start (issue #22) ----------------------------------------------------------------------
    @Message
    String start_title();

    @Message
    String start_intro();

    @Message
    String start_nothing_stored();

    @Message
    String start_q_need();

    @Message
    String start_need_other();

    @Message
    String start_q_language();

    @Message
    String start_language_label();

    @Message
    String start_language_any();

    @Message
    String start_q_where();

    @Message
    String start_where_online();

    @Message
    String start_where_in_person();

    @Message
    String start_where_either();

    @Message
    String start_where_place();

    @Message
    String start_q_budget();

    @Message
    String start_budget_first_free();

    @Message
    String start_budget_label();

    @Message
    String start_budget_any();

    @Message
    String start_budget_upto(String amount);

    @Message
    String start_budget_currency();

    @Message
    String start_budget_reduced();

    @Message
    String start_q_soon();

    @Message
    String start_soon_yes();

    @Message
    String start_soon_any();

    @Message
    String start_submit();

    @Message
    String guided_you_chose();

    @Message
    String guided_any_topic();

    @Message
    String guided_online();

    @Message
    String guided_in_person();

    @Message
    String guided_near(String place);

    @Message
    String guided_upto(String amount, String currency);

    @Message
    String guided_reduced();

    @Message
    String guided_soon();

    @Message
    String guided_change();

    @Message
    String guided_or_filters();
    // ---- booking emails and invites (subjects name no health details) ----------------------------------------
    @Message
    String format_mail_when();

    @Message
    String mail_subject_booked_client(String when);

    @Message
    String mail_subject_booked_specialist(String when);

    @Message
    String mail_subject_cancelled(String when);

    @Message
    String mail_subject_rescheduled(String when);

    @Message
    String mail_subject_reminder(String when);

    @Message
    String mail_booked_specialist(String name);

    @Message
    String mail_booked_client(String name);

    @Message
    String mail_cancelled_by_you(String name);

    @Message
    String mail_cancelled(String name);

    @Message
    String mail_cancel_reason(String reason);

    @Message
    String mail_cancel_reason_given();

    @Message
    String mail_book_another();

    @Message
    String mail_rescheduled(String name);

    @Message
    String mail_reminder(String name);

    @Message
    String mail_when();

    @Message
    String mail_client();

    @Message
    String mail_specialist();

    @Message
    String mail_note_added();

    @Message
    String mail_cant_make_it_text();

    @Message
    String mail_greeting(String name);

    @Message
    String mail_view_booking();

    @Message
    String mail_footer();

    @Message
    String mail_cant_make_it();

    @Message
    String mail_add_google();

    @Message
    String mail_add_outlook();

    @Message
    String mail_online_link_later();

    @Message
    String mail_someone();

    @Message
    String ics_summary(String name);

    @Message
    String ics_description();

    @Message
    String ics_video_room(String room);

    @Message
    String ics_booking(String link);

    @Message
    String list_no_such_page();
}
