package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The API's problem texts: {@code title_<slug>} for every problem type ({@code -} as {@code _}) and
 * {@code detail_*} for the platform's fixed details; {@code shared.error.ProblemLanguage} answers in the
 * caller's {@code Accept-Language}. Texts in {@code messages/problem_<language>.properties}.
 */
@MessageBundle("problem")
public interface ProblemMsg {

    @Message
    String title_admin_only();

    @Message
    String title_already_booked_with_specialist();

    @Message
    String title_already_suspended();

    @Message
    String title_already_waiting();

    @Message
    String title_article_incomplete();

    @Message
    String title_article_not_published();

    @Message
    String title_bad_request();

    @Message
    String title_beyond_horizon();

    @Message
    String title_blocked_by_other();

    @Message
    String title_booking_cancelled();

    @Message
    String title_booking_not_active();

    @Message
    String title_booking_started();

    @Message
    String title_busy_calendar_limit();

    @Message
    String title_calendar_address_not_allowed();

    @Message
    String title_client_only();

    @Message
    String title_concurrent_update();

    @Message
    String title_conflict();

    @Message
    String title_consent_outdated();

    @Message
    String title_consent_required();

    @Message
    String title_conversation_blocked();

    @Message
    String title_email_already_sent();

    @Message
    String title_email_not_verified();

    @Message
    String title_email_purged();

    @Message
    String title_forbidden();

    @Message
    String title_format_not_offered();

    @Message
    String title_headers_too_large();

    @Message
    String title_idempotency_key_reused();

    @Message
    String title_internal();

    @Message
    String title_malformed_body();

    @Message
    String title_malformed_json();

    @Message
    String title_malformed_uri();

    @Message
    String title_method_not_allowed_cross_origin();

    @Message
    String title_method_not_allowed();

    @Message
    String title_no_search_index();

    @Message
    String title_not_a_specialist();

    @Message
    String title_not_acceptable();

    @Message
    String title_not_asker();

    @Message
    String title_not_author();

    @Message
    String title_not_featurable();

    @Message
    String title_not_found();

    @Message
    String title_not_owner();

    @Message
    String title_not_published();

    @Message
    String title_not_started();

    @Message
    String title_not_suspended();

    @Message
    String title_offer_closed();

    @Message
    String title_origin_not_allowed();

    @Message
    String title_other_specialist();

    @Message
    String title_own_profile();

    @Message
    String title_own_slot();

    @Message
    String title_own_waitlist();

    @Message
    String title_payload_too_large();

    @Message
    String title_photo_unusable();

    @Message
    String title_profile_exists();

    @Message
    String title_profile_incomplete();

    @Message
    String title_rate_limited();

    @Message
    String title_request_timeout();

    @Message
    String title_same_slot();

    @Message
    String title_slot_booked();

    @Message
    String title_slot_held();

    @Message
    String title_slot_in_past();

    @Message
    String title_slot_overlap();

    @Message
    String title_slot_taken();

    @Message
    String title_slot_unavailable();

    @Message
    String title_specialist_only();

    @Message
    String title_specialist_suspended();

    @Message
    String title_time_off();

    @Message
    String title_time_zone_required();

    @Message
    String title_too_many_upcoming();

    @Message
    String title_too_many_waitlists();

    @Message
    String title_too_short_notice();

    @Message
    String title_unauthenticated();

    @Message
    String title_unavailable();

    @Message
    String title_unsupported_media_type();

    @Message
    String title_uri_too_long();

    @Message
    String title_validation();

    @Message
    String detail_invalid_fields();

    @Message
    String detail_invalid_parameters();

    @Message
    String detail_not_json();

    @Message
    String detail_not_found();

    @Message
    String detail_method();

    @Message
    String detail_not_acceptable();

    @Message
    String detail_too_large();

    @Message
    String detail_media_type();

    @Message
    String detail_server();

    @Message
    String detail_login();

    @Message
    String detail_forbidden();

    @Message
    String detail_concurrent();

    @Message
    String detail_unavailable();

    @Message
    String detail_busy();

    // ---- details and field messages the features write (issue #18), generated in the same order as the files

    @Message
    String field_unknown();

    @Message
    String field_wrong_type();

    @Message
    String field_unknown_value(String values);

    @Message
    String field_invalid_value();

    @Message
    String field_required();

    @Message
    String field_blank();

    @Message
    String field_min_chars(int min);

    @Message
    String field_max_chars(int max);

    @Message
    String field_length_between(int min, int max);

    @Message
    String field_true_or_false();

    @Message
    String field_whole_number();

    @Message
    String field_whole_number_between(int min, int max);

    @Message
    String field_id();

    @Message
    String field_either(String first, String second);

    @Message
    String field_one_of(String values);

    @Message
    String field_in_future();

    @Message
    String field_today_or_later();

    @Message
    String field_after_from();

    @Message
    String field_time_zone(String example);

    @Message
    String field_country();

    @Message
    String field_specialty_code();

    @Message
    String field_place_id();

    @Message
    String field_listed_twice();

    @Message
    String detail_idempotency_reused();

    @Message
    String rate_limited(long seconds);

    @Message
    String not_found_account();

    @Message
    String not_found_account_action();

    @Message
    String not_found_answer();

    @Message
    String not_found_article();

    @Message
    String not_found_booking();

    @Message
    String not_found_busy_calendar();

    @Message
    String not_found_calendar();

    @Message
    String not_found_calendar_feed();

    @Message
    String not_found_contact_request();

    @Message
    String not_found_conversation();

    @Message
    String not_found_email();

    @Message
    String not_found_my_profile();

    @Message
    String not_found_offer();

    @Message
    String not_found_photo();

    @Message
    String not_found_place();

    @Message
    String not_found_problem_type();

    @Message
    String not_found_question();

    @Message
    String not_found_report();

    @Message
    String not_found_slot();

    @Message
    String not_found_specialist();

    @Message
    String not_found_time_off();

    @Message
    String not_found_waitlist_entry();

    @Message
    String login_to_book();

    @Message
    String login_to_join_waitlist();

    @Message
    String login_to_message();

    @Message
    String login_to_contact();

    @Message
    String login_to_ask();

    @Message
    String email_not_verified();

    @Message
    String field_control_characters();

    @Message
    String detail_body_mismatch();

    @Message
    String detail_unstorable();

    @Message
    String internal_error(String id);

    @Message
    String page_foreign_form();

    @Message
    String page_expired_form();

    @Message
    String page_control_characters(String field);

    // ---- refusals of the HTTP layer, before any resource runs (shared.web.HttpEdge, CrossOriginRefusals, BodyLimit)

    @Message
    String detail_request_line_too_long(int max);

    @Message
    String detail_headers_too_large(long max);

    @Message
    String detail_uri_invalid_at(int position);

    @Message
    String detail_uri_invalid();

    @Message
    String detail_percent_escape();

    @Message
    String detail_origin_not_allowed();

    @Message
    String detail_method_cross_origin();

    @Message
    String detail_body_larger(long max);
}
