package org.firstsession.shared.i18n;

import java.time.LocalTime;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of a logged-in person's pages: account, contact, privacy, bookings, messages, time zone,
 * cancel and waitlist links. Templates write {@code {my:key}}; the texts are in
 * {@code messages/my_<language>.properties}. A bundle of its own: {@link Msg} says why bundles stay under 300 keys.
 */
@MessageBundle("my")
public interface MyMsg {

    @Message
    String account_language_heading();

    @Message
    String account_language_label();

    @Message
    String account_language_not_set();

    @Message
    String account_language_save();

    @Message
    String booking_title();

    @Message
    String booking_cancelled_heading();

    @Message
    String booking_heading();

    @Message
    String booking_when();

    @Message
    String booking_to();

    @Message
    String booking_thirty_minutes();

    @Message
    String booking_with_label();

    @Message
    String booking_client();

    @Message
    String booking_a_client();

    @Message
    String booking_how();

    @Message
    String booking_in_city(String city);

    @Message
    String booking_meeting_link();

    @Message
    String booking_cost();

    @Message
    String booking_free();

    @Message
    String booking_note();

    @Message
    String booking_status();

    @Message
    String booking_confirmed();

    @Message
    String booking_add_ics();

    @Message
    String booking_add_google();

    @Message
    String booking_message(String displayName);

    @Message
    String booking_change_heading();

    @Message
    String booking_no_other_times(String displayName);

    @Message
    String booking_new_time(String id);

    @Message
    String booking_move();

    @Message
    String booking_cancel_heading();

    @Message
    String booking_cancel_confirm();

    @Message
    String booking_reason();

    @Message
    String booking_reason_hint();

    @Message
    String booking_cancel_button();

    @Message
    String bookings_upcoming();

    @Message
    String bookings_none_upcoming();

    @Message
    String bookings_and_book_one();

    @Message
    String bookings_with_clients();

    @Message
    String bookings_none_with_you();

    @Message
    String bookings_past();

    @Message
    String bookings_none_past();

    @Message
    String contact_thanks();

    @Message
    String contact_intro();

    @Message
    String contact_intro_reply();

    @Message
    String contact_subject();

    @Message
    String contact_message();

    @Message
    String contact_send();

    @Message
    String contact_crisis();

    @Message
    String privacy_intro();

    @Message
    String privacy_what_we_keep();

    @Message
    String privacy_keep_name();

    @Message
    String privacy_keep_bookings();

    @Message
    String privacy_keep_messages();

    @Message
    String privacy_keep_contact();

    @Message
    String privacy_keep_questions();

    @Message
    String privacy_consents();

    @Message
    String privacy_consent_intro(String version);

    @Message
    String privacy_rights();

    @Message
    String privacy_rights_on();

    @Message
    String privacy_account_page();

    @Message
    String privacy_rights_text();

    @Message
    String privacy_questions();

    @Message
    String thread_with(String displayName);

    @Message
    String thread_with_client();

    @Message
    String thread_you();

    @Message
    String thread_them();

    @Message
    String conversations_untitled();

    @Message
    String conversations_none();

    @Message
    String conversations_find();

    @Message
    String conversations_blocked();

    @Message
    String thread_all();

    @Message
    String thread_profile();

    @Message
    String thread_latest_only();

    @Message
    String thread_blocked();

    @Message
    String thread_your_message();

    @Message
    String cancel_title();

    @Message
    String cancel_done_heading();

    @Message
    String cancel_done_text(String displayName);

    @Message
    String cancel_book_another(String displayName);

    @Message
    String cancel_please(String displayName);

    @Message
    String cancel_button();

    @Message
    String offer_title();

    @Message
    String offer_held_until();

    @Message
    String offer_intro();

    @Message
    String offer_accept();

    @Message
    String offer_decline();

    @Message
    String offer_closed();

    @Message
    String offer_see_times();

    @Message
    String answered_booked_title();

    @Message
    String answered_declined();

    @Message
    String answered_booked_heading();

    @Message
    String answered_booked_for();

    @Message
    String answered_booked_with(String displayName);

    @Message
    String answered_see_booking();

    @Message
    String answered_after_login();

    @Message
    String answered_declined_text();

    @Message
    String answered_back_to(String specialistName);

    @Message
    String tz_title();

    @Message
    String tz_heading();

    @Message
    String tz_shown_in();

    @Message
    String tz_choose();

    @Message
    String tz_use();

    @Message
    String tz_back();

    @Message
    String account_deleted_heading();

    @Message
    String account_name();

    @Message
    String account_email();

    @Message
    String account_zone_not_set();

    @Message
    String account_from_login();

    @Message
    String account_security();

    @Message
    String account_verified();

    @Message
    String account_admin_2fa();

    @Message
    String account_password_kept();

    @Message
    String account_change_password();

    @Message
    String account_setup_2fa();

    @Message
    String account_forgot();

    @Message
    String account_waitlists();

    @Message
    String account_no_waitlists();

    @Message
    String account_waitlist_number(long position);

    @Message
    String account_waitlist_from(LocalTime from);

    @Message
    String account_waitlist_until(LocalTime to);

    @Message
    String account_leave();

    @Message
    String account_offer_held(String specialistName);

    @Message
    String account_offer_answer();

    @Message
    String account_show_times_in();

    @Message
    String account_save_zone();

    @Message
    String account_your_data();

    @Message
    String account_download();

    @Message
    String account_delete_heading();

    @Message
    String account_delete_text();

    @Message
    String account_delete_confirm();

    /** The phrase account_delete_confirm asks for (its text quotes it); the page accepts it and the English one. */
    @Message
    String account_delete_phrase();
}
