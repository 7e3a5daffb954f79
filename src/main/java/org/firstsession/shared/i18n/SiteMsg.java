package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The public pages' texts: home, directory, profile, questions, articles, for specialists, login
 * errors. Templates write {@code {site:key}}; the texts are in
 * {@code messages/site_<language>.properties}. A bundle of its own: {@link Msg} says why bundles stay under 300 keys.
 */
@MessageBundle("site")
public interface SiteMsg {

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

    @Message
    String dir_filters_label();

    @Message
    String dir_check_filters();

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

    @Message
    String pager_position_more(int current, int pages);

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

    @Message
    String gate_waitlist();

    @Message
    String fs_description();

    @Message
    String fs_heading();

    @Message
    String fs_lead();

    @Message
    String fs_promise();

    @Message
    String fs_free_label();

    @Message
    String fs_free_text();

    @Message
    String fs_featured_label();

    @Message
    String fs_featured_text();

    @Message
    String fs_calendar_label();

    @Message
    String fs_calendar_text();

    @Message
    String fs_checked_label();

    @Message
    String fs_checked_text();

    @Message
    String fs_create_heading();

    @Message
    String fs_create_button();

    @Message
    String fs_login_first();

    @Message
    String fs_new_here();

    @Message
    String login_error_title();

    @Message
    String login_error_heading();

    @Message
    String login_error_intro();

    @Message
    String login_again();

    @Message
    String login_signup();

    @Message
    String login_no_account();

    @Message
    String login_forgot();

    @Message
    String login_open_page();

    @Message
    String login_forgot_how();

    @Message
    String login_locked();

    @Message
    String questions_heading();

    @Message
    String questions_intro();

    @Message
    String questions_ask();

    @Message
    String questions_fix_search();

    @Message
    String questions_none();

    @Message
    String questions_ask_one();

    @Message
    String questions_one_answer();

    @Message
    String questions_answers();

    @Message
    String questions_yours();

    @Message
    String ask_intro();

    @Message
    String ask_question();

    @Message
    String ask_question_hint();

    @Message
    String ask_details();

    @Message
    String ask_publish();

    @Message
    String search_questions();

    @Message
    String search_articles();

    @Message
    String question_all();

    @Message
    String question_asked();

    @Message
    String question_no_answers();

    @Message
    String question_report_answer();

    @Message
    String question_whats_wrong();

    @Message
    String question_send_report();

    @Message
    String question_answer_heading();

    @Message
    String question_your_answer();

    @Message
    String question_publish_answer();

    @Message
    String question_share();

    @Message
    String question_report();

    @Message
    String question_to_report();

    @Message
    String article_only_you_draft();

    @Message
    String article_only_you_other();

    @Message
    String articles_title();

    @Message
    String articles_description();

    @Message
    String articles_feed_title();

    @Message
    String articles_heading();

    @Message
    String articles_intro();

    @Message
    String articles_follow();

    @Message
    String articles_fix_search();

    @Message
    String articles_none();

    @Message
    String articles_all();

    @Message
    String article_hidden();

    @Message
    String article_by();

    @Message
    String article_published();

    @Message
    String article_updated();

    @Message
    String article_topics();

    @Message
    String article_about_author();

    @Message
    String article_share();

    @Message
    String article_more_by(String displayName);

    @Message
    String article_report();
}
