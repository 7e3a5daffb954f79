package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Problem details and field messages of booking, slots, time off, the waitlist and calendars:
 * what the API's problems say ({@code detail}, {@code errors[].message}) and pages show, in
 * {@code messages/detail_booking_<language>.properties}. Code names a text with {@code Details} (e.g.
 * {@code Details.booking(m -> m.booking_slot_not_offered())}); {@code shared.error.ProblemLanguage} renders it in the
 * caller's language. English holds the API's original wording, word for word.
 */
@MessageBundle("detail_booking")
public interface BookingDetailMsg {

    @Message
    String booking_slot_not_offered();

    @Message
    String booking_own_slot();

    @Message
    String booking_already_booked();

    @Message
    String booking_too_many_upcoming(int max);

    @Message
    String booking_client_only_reschedule();

    @Message
    String booking_other_specialist();

    @Message
    String booking_same_slot();

    @Message
    String booking_specialist_only_outcome();

    @Message
    String booking_was_cancelled();

    @Message
    String booking_not_started();

    @Message
    String booking_cancel_not_confirmed();

    @Message
    String booking_reschedule_not_confirmed();

    @Message
    String booking_cancel_started();

    @Message
    String booking_reschedule_started();

    @Message
    String booking_format_not_offered(String format);

    @Message
    String booking_format_field();

    @Message
    String booking_cancel_limit(int max);

    @Message
    String booking_reschedule_limit(int max);

    @Message
    String booking_slot_started();

    @Message
    String booking_too_short_notice(String duration);

    @Message
    String booking_beyond_horizon(String duration);

    @Message
    String duration_days(long count);

    @Message
    String duration_hours(long count);

    @Message
    String duration_minutes(long count);

    @Message
    String booking_slot_held();

    @Message
    String booking_busy_clash();

    @Message
    String booking_within_buffer();

    @Message
    String booking_slot_taken();

    @Message
    String slot_time_zone_required();

    @Message
    String slot_start_or_rule();

    @Message
    String slot_days_ahead(int days);

    @Message
    String slot_time_off();

    @Message
    String slot_overlap();

    @Message
    String slot_took_place();

    @Message
    String slot_booked();

    @Message
    String slot_end_after_start();

    @Message
    String slot_window_fits(long minutes);

    @Message
    String slot_five_minutes();

    @Message
    String slot_not_before_from_date();

    @Message
    String slot_weeks_ahead(int weeks);

    @Message
    String slot_not_owner();

    @Message
    String slot_window_max_days(int days);

    @Message
    String slot_date_format();

    @Message
    String timeoff_time_zone_required();

    @Message
    String timeoff_not_before_from();

    @Message
    String timeoff_year_ahead();

    @Message
    String waitlist_detail_own();

    @Message
    String waitlist_detail_already();

    @Message
    String waitlist_detail_too_many(int max);

    @Message
    String waitlist_detail_offer_closed();

    @Message
    String waitlist_detail_days();

    @Message
    String waitlist_detail_time();

    @Message
    String calendar_not_specialist();

    @Message
    String calendar_feed_not_specialist();

    @Message
    String calendar_limit(long count);

    @Message
    String calendar_host_unknown();

    @Message
    String calendar_private_address();

    @Message
    String calendar_url_invalid();

    @Message
    String calendar_url_https();

    @Message
    String calendar_url_credentials();

    @Message
    String calendar_url_no_host();

    @Message
    String calendar_url_bad_redirect();

    // ---- why a busy calendar could not be read (stored as the key, shown in the reader's language)

    @Message
    String calendar_fetch_status(int status);

    @Message
    String calendar_fetch_bad_redirect();

    @Message
    String calendar_fetch_redirects(int max);

    @Message
    String calendar_fetch_interrupted();

    @Message
    String calendar_fetch_timeout();

    @Message
    String calendar_fetch_tls();

    @Message
    String calendar_fetch_unreachable();

    @Message
    String calendar_fetch_too_large(String size);

    @Message
    String calendar_feed_unreadable();

    @Message
    String calendar_feed_bad_dates();

    @Message
    String calendar_feed_too_many(int max);

    @Message
    String calendar_feed_repeats();

    @Message
    String calendar_stored_address_refused();

    @Message
    String calendar_unreadable();
}
