package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the platform writes, by key: {@code {msg:nav_find}} in a template, {@code Languages.messages(locale)}
 * in Java. The texts live in {@code messages/msg_<language>.properties} (English in {@code msg_en.properties},
 * the default locale); a method here only names a key and its parameters, so the build fails when a template
 * uses a key or a parameter that does not exist. {@code MessageBundleTest} keeps the languages complete.
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
    String account_language_heading();

    @Message
    String account_language_label();

    @Message
    String account_language_not_set();

    @Message
    String account_language_save();

    @Message
    String account_language_saved();

    @Message
    String account_language_invalid();

    // ---- home ------------------------------------------------------------------------------------------------
    @Message
    String home_title();

    @Message
    String home_heading();

    @Message
    String home_lead();

    @Message
    String home_search_label();

    @Message
    String home_search_placeholder();

    @Message
    String home_search_button();

    @Message
    String home_promise_heading();

    @Message
    String home_what_label();

    @Message
    String home_what_text();

    @Message
    String home_who_label();

    @Message
    String home_who_text();

    @Message
    String home_obligation_label();

    @Message
    String home_obligation_text();

    @Message
    String home_free_label();

    @Message
    String home_free_text();

    @Message
    String home_featured_heading();

    @Message
    String home_no_featured();

    @Message
    String home_browse_all();

    @Message
    String home_see_all();

    @Message
    String home_articles_heading();

    @Message
    String home_all_articles();

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
    String dir_filters_label();

    @Message
    String dir_check_filters();

    @Message
    String dir_search();

    @Message
    String dir_specialty();

    @Message
    String dir_any_specialty();

    @Message
    String dir_approach();

    @Message
    String dir_any_approach();

    @Message
    String dir_language();

    @Message
    String dir_any_language();

    @Message
    String dir_format();

    @Message
    String dir_any_format();

    @Message
    String format_online();

    @Message
    String format_in_person();

    @Message
    String dir_country();

    @Message
    String dir_any_country();

    @Message
    String dir_city();

    @Message
    String dir_max_fee();

    @Message
    String dir_order();

    @Message
    String dir_sort_featured();

    @Message
    String dir_sort_relevance();

    @Message
    String dir_sort_name();

    @Message
    String dir_sort_fee();

    @Message
    String dir_sort_soonest();

    @Message
    String dir_free_consultation();

    @Message
    String dir_waitlist_open();

    @Message
    String dir_verified_only();

    @Message
    String dir_search_button();

    @Message
    String dir_clear();

    @Message
    String dir_no_results();

    @Message
    String dir_one_specialist();

    @Message
    String dir_many_specialists();

    @Message
    String dir_fix_filters();

    @Message
    String dir_nothing_matches();

    @Message
    String dir_see_everyone();

    @Message
    String dir_result_pages();

    // ---- pager, more pages -----------------------------------------------------------------------------------
    @Message
    String pager_position_more(int current, int pages);

    // ---- profile page ----------------------------------------------------------------------------------------
    @Message
    String profile_about();

    @Message
    String profile_specialties();

    @Message
    String profile_approaches();

    @Message
    String profile_languages();

    @Message
    String profile_sessions();

    @Message
    String profile_location();

    @Message
    String profile_fee();

    @Message
    String profile_fee_on_request();

    @Message
    String profile_first_free();

    @Message
    String profile_years();

    @Message
    String profile_licensed_by();

    @Message
    String profile_specialist_zone();

    @Message
    String profile_share();

    @Message
    String profile_book_heading();

    @Message
    String profile_book_intro();

    @Message
    String profile_change();

    @Message
    String profile_no_times();

    @Message
    String profile_join_waitlist_link();

    @Message
    String profile_no_times_after();

    @Message
    String profile_choose_time();

    @Message
    String profile_slot_on_day(String label);

    @Message
    String profile_note_label();

    @Message
    String profile_note_hint();

    @Message
    String profile_book_button();

    @Message
    String profile_waitlist_heading();

    @Message
    String profile_waitlist_heading_other();

    @Message
    String waitlist_nobody();

    @Message
    String waitlist_one();

    @Message
    String waitlist_many(long waiting);

    @Message
    String waitlist_how();

    @Message
    String waitlist_position_before();

    @Message
    String waitlist_position_after();

    @Message
    String waitlist_leave();

    @Message
    String waitlist_days();

    @Message
    String waitlist_days_hint();

    @Message
    String waitlist_from();

    @Message
    String waitlist_from_hint(String id);

    @Message
    String waitlist_until();

    @Message
    String hint_optional();

    @Message
    String waitlist_join_button();

    @Message
    String profile_articles();

    @Message
    String profile_all_articles_by(String displayName);

    @Message
    String profile_message_heading();

    @Message
    String profile_message_label(String displayName);

    @Message
    String profile_message_button();

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

    @Message
    String gate_waitlist();
}
