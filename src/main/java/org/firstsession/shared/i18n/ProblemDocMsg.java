package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The problem type pages ({@code /problems}, {@code /problems/{type}}): their texts, the list's group headings
 * ({@code problems_group_<feature>}) and every problem type's explanation for people ({@code explain_<slug>},
 * {@code -} as {@code _}; read by name in {@code web.ProblemPages}). English equals the features' problem enums;
 * the OpenAPI document and the JSON answers stay English. Texts in {@code messages/problemdoc_<language>.properties}.
 */
@MessageBundle("problemdoc")
public interface ProblemDocMsg {

    // ---- the pages -------------------------------------------------------------------------------------------
    @Message
    String problems_title();

    @Message
    String problems_intro_refused();

    @Message
    String problems_intro_type_before();

    @Message
    String problems_intro_type_after();

    @Message
    String problems_all();

    @Message
    String problems_status(int status);

    @Message
    String problems_detail_before();

    @Message
    String problems_detail_after();

    @Message
    String problems_errors_before();

    @Message
    String problems_errors_after();

    // ---- the list's groups, by feature -----------------------------------------------------------------------
    @Message
    String problems_group_common();

    @Message
    String problems_group_account();

    @Message
    String problems_group_specialist();

    @Message
    String problems_group_photo();

    @Message
    String problems_group_directory();

    @Message
    String problems_group_booking();

    @Message
    String problems_group_calendar();

    @Message
    String problems_group_privacy();

    @Message
    String problems_group_messaging();

    @Message
    String problems_group_community();

    @Message
    String problems_group_article();

    @Message
    String problems_group_admin();

    @Message
    String problems_group_notification();

    @Message
    String problems_group_waitlist();

    // ---- what each problem type means ------------------------------------------------------------------------
    @Message
    String explain_validation();

    @Message
    String explain_malformed_json();

    @Message
    String explain_malformed_body();

    @Message
    String explain_malformed_uri();

    @Message
    String explain_bad_request();

    @Message
    String explain_unauthenticated();

    @Message
    String explain_forbidden();

    @Message
    String explain_admin_only();

    @Message
    String explain_origin_not_allowed();

    @Message
    String explain_method_not_allowed_cross_origin();

    @Message
    String explain_not_found();

    @Message
    String explain_method_not_allowed();

    @Message
    String explain_not_acceptable();

    @Message
    String explain_request_timeout();

    @Message
    String explain_conflict();

    @Message
    String explain_concurrent_update();

    @Message
    String explain_payload_too_large();

    @Message
    String explain_uri_too_long();

    @Message
    String explain_unsupported_media_type();

    @Message
    String explain_idempotency_key_reused();

    @Message
    String explain_rate_limited();

    @Message
    String explain_headers_too_large();

    @Message
    String explain_internal();

    @Message
    String explain_unavailable();

    @Message
    String explain_not_asker();

    @Message
    String explain_not_featurable();

    @Message
    String explain_already_suspended();

    @Message
    String explain_not_suspended();

    @Message
    String explain_profile_exists();

    @Message
    String explain_profile_incomplete();

    @Message
    String explain_not_published();

    @Message
    String explain_not_owner();

    @Message
    String explain_not_a_specialist();

    @Message
    String explain_email_already_sent();

    @Message
    String explain_email_purged();

    @Message
    String explain_slot_taken();

    @Message
    String explain_slot_unavailable();

    @Message
    String explain_already_booked_with_specialist();

    @Message
    String explain_too_many_upcoming();

    @Message
    String explain_own_slot();

    @Message
    String explain_slot_in_past();

    @Message
    String explain_too_short_notice();

    @Message
    String explain_beyond_horizon();

    @Message
    String explain_format_not_offered();

    @Message
    String explain_client_only();

    @Message
    String explain_specialist_only();

    @Message
    String explain_other_specialist();

    @Message
    String explain_same_slot();

    @Message
    String explain_booking_cancelled();

    @Message
    String explain_not_started();

    @Message
    String explain_booking_not_active();

    @Message
    String explain_booking_started();

    @Message
    String explain_time_zone_required();

    @Message
    String explain_slot_overlap();

    @Message
    String explain_slot_booked();

    @Message
    String explain_slot_held();

    @Message
    String explain_time_off();

    @Message
    String explain_email_not_verified();

    @Message
    String explain_article_incomplete();

    @Message
    String explain_article_not_published();

    @Message
    String explain_not_author();

    @Message
    String explain_already_waiting();

    @Message
    String explain_too_many_waitlists();

    @Message
    String explain_own_waitlist();

    @Message
    String explain_offer_closed();

    @Message
    String explain_own_profile();

    @Message
    String explain_blocked_by_other();

    @Message
    String explain_conversation_blocked();

    @Message
    String explain_specialist_suspended();

    @Message
    String explain_photo_unusable();

    @Message
    String explain_no_search_index();

    @Message
    String explain_consent_required();

    @Message
    String explain_consent_outdated();

    @Message
    String explain_busy_calendar_limit();

    @Message
    String explain_calendar_address_not_allowed();
}
