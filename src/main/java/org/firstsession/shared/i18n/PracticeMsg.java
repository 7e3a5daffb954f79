package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the specialist's pages (dashboard, profile, consultations, articles and the editor, the practice
 * navigation): {@code {practice:key}} in {@code templates/practice/}, {@code web.practice.PracticeTexts} in Java;
 * the texts are in {@code messages/practice_<language>.properties}. The scheduling pages have {@link ScheduleMsg}:
 * {@link Msg} says why a bundle stays under 300 keys.
 */
@MessageBundle("practice")
public interface PracticeMsg {

    // ---- shared by the practice pages ----
    @Message
    String spnav_label();

    @Message
    String spnav_overview();

    @Message
    String spnav_profile();

    @Message
    String spnav_slots();

    @Message
    String spnav_calendars();

    @Message
    String spnav_bookings();

    @Message
    String spnav_articles();

    @Message
    String outcome_completed();

    @Message
    String outcome_no_show();

    @Message
    String pstatus_published();

    @Message
    String pstatus_unpublished();

    @Message
    String pstatus_draft();

    @Message
    String pstatus_suspended();

    @Message
    String pstatus_label();

    @Message
    String bstatus_confirmed();

    @Message
    String bstatus_cancelled();

    @Message
    String bstatus_completed();

    @Message
    String bstatus_no_show();

    @Message
    String pr_with_your_client();

    @Message
    String pr_with_a_client();

    @Message
    String pr_see_public_profile();

    @Message
    String pr_edit_profile();

    @Message
    String pr_create_profile();

    @Message
    String pr_create_specialist_profile();

    @Message
    String pr_my_slots();

    @Message
    String pr_no_upcoming();

    @Message
    String pr_offer_slots();

    @Message
    String pr_read_as_readers();

    @Message
    String pr_only_published_write();

    @Message
    String pr_publish_profile_first();

    @Message
    String pr_remove();

    @Message
    String pr_first_day();

    @Message
    String pr_last_day();

    @Message
    String pr_note();

    @Message
    String form_err_date();

    @Message
    String form_err_time();

    @Message
    String form_err_sentence(String label, String message);


    // ---- dashboard ----
    @Message
    String dash_title();

    @Message
    String dash_name();

    @Message
    String dash_status();

    @Message
    String dash_suspended_text();

    @Message
    String dash_published_text();

    @Message
    String dash_unpublished_text();

    @Message
    String dash_draft_text();

    @Message
    String dash_licence();

    @Message
    String dash_verified();

    @Message
    String dash_not_verified();

    @Message
    String dash_open_slots();

    @Message
    String dash_waitlist();

    @Message
    String dash_next();

    @Message
    String dash_offer_slots_so();

    @Message
    String dash_all_consultations();

    @Message
    String dash_answer_questions();

    @Message
    String dash_intro();


    // ---- profile ----
    @Message
    String pf_heading();

    @Message
    String pf_visibility();

    @Message
    String pf_unpublish();

    @Message
    String pf_publish_needs();

    @Message
    String pf_publish();

    @Message
    String pf_photo();

    @Message
    String pf_photo_alt();

    @Message
    String pf_no_photo();

    @Message
    String pf_photo_replace();

    @Message
    String pf_photo_upload_label();

    @Message
    String pf_photo_hint();

    @Message
    String pf_photo_upload();

    @Message
    String pf_photo_remove();

    @Message
    String pf_about();

    @Message
    String pf_display_name();

    @Message
    String pf_professional_title();

    @Message
    String pf_professional_title_hint();

    @Message
    String pf_headline();

    @Message
    String pf_headline_hint();

    @Message
    String pf_bio();

    @Message
    String pf_years();

    @Message
    String pf_specialties();

    @Message
    String pf_up_to_ten();

    @Message
    String pf_approaches();

    @Message
    String pf_sessions();

    @Message
    String pf_languages();

    @Message
    String pf_languages_hint();

    @Message
    String pf_formats();

    @Message
    String pf_meeting_url();

    @Message
    String pf_meeting_url_hint();

    @Message
    String pf_rooms();

    @Message
    String pf_rooms_generated();

    @Message
    String pf_rooms_generated_hint();

    @Message
    String pf_rooms_own();

    @Message
    String pf_city();

    @Message
    String pf_city_hint();

    @Message
    String pf_country();

    @Message
    String pf_not_given();

    @Message
    String pf_time_zone();

    @Message
    String pf_time_zone_hint();

    @Message
    String pf_choose();

    @Message
    String pf_fee();

    @Message
    String pf_fee_hint();

    @Message
    String pf_amount();

    @Message
    String pf_currency();

    @Message
    String pf_currency_hint();

    @Message
    String pf_licence();

    @Message
    String pf_licence_hint();

    @Message
    String pf_licence_number();

    @Message
    String pf_licensing_body();

    @Message
    String pf_licence_country();

    @Message
    String pf_save();

    @Message
    String pf_label_place();

    @Message
    String pf_label_fee();

    @Message
    String pf_label_reduced_fee();

    @Message
    String pf_label_meeting_url();

    @Message
    String pf_label_rooms();

    @Message
    String pf_err_place();

    @Message
    String pf_err_place_in_country();

    @Message
    String pf_err_formats();

    @Message
    String pf_err_fee_amount_missing();

    @Message
    String pf_err_fee_amount();

    @Message
    String pf_err_currency_missing();

    @Message
    String pf_err_years();

    @Message
    String pf_err_rooms();




    @Message
    String val_not_blank();

    @Message
    String val_not_null();

    @Message
    String val_size(String min, String max);

    @Message
    String val_min(String value);

    @Message
    String val_max(String value);

    @Message
    String val_digits(String integer, String fraction);

    @Message
    String val_language();

    @Message
    String val_country();

    @Message
    String val_time_zone();

    @Message
    String val_currency();

    @Message
    String val_specialty();

    @Message
    String val_approach();

    @Message
    String val_http_url();

    @Message
    String pf_missing(String fields);

    @Message
    String pf_saved();

    @Message
    String pf_created();

    @Message
    String pf_published();

    @Message
    String pf_unpublished();

    @Message
    String pf_photo_saved();

    @Message
    String pf_photo_removed();

    @Message
    String pf_check_fields();

    @Message
    String pf_check_fields_nothing_saved();

    @Message
    String pf_must_stay_complete(String missing);

    @Message
    String pf_cannot_publish(String missing);

    @Message
    String pf_photo_error(String reason);

    @Message
    String pf_photo_not_saved(String reason);


    // ---- consultations ----
    @Message
    String consult_title();

    @Message
    String consult_times_in();

    @Message
    String consult_upcoming();

    @Message
    String consult_past();

    @Message
    String consult_late();

    @Message
    String consult_note();

    @Message
    String consult_cancel();

    @Message
    String consult_reason();

    @Message
    String consult_reason_hint();

    @Message
    String consult_cancel_button();

    @Message
    String consult_none_past();

    @Message
    String consult_done_completed();

    @Message
    String consult_done_no_show();

    @Message
    String consult_done_cancelled();

    @Message
    String consult_err_reason_long(int length);


    // ---- articles ----
    @Message
    String myart_title();

    @Message
    String myart_write();

    @Message
    String myart_none();

    @Message
    String myart_untitled();

    @Message
    String myart_hidden();

    @Message
    String myart_started();

    @Message
    String myart_deleted();

    @Message
    String ed_edit();

    @Message
    String ed_new();

    @Message
    String ed_all();

    @Message
    String ed_fix();

    @Message
    String ed_title();

    @Message
    String ed_summary();

    @Message
    String ed_body();

    @Message
    String ed_topics();

    @Message
    String ed_references();

    @Message
    String ed_no_references();

    @Message
    String ed_reference(int number);

    @Message
    String ed_authors();

    @Message
    String ed_year();

    @Message
    String ed_ref_title();

    @Message
    String ed_publisher();

    @Message
    String ed_url();

    @Message
    String ed_pages();

    @Message
    String ed_ref_note();

    @Message
    String ed_move_up(int number);

    @Message
    String ed_move_down(int number);

    @Message
    String ed_remove(int number);

    @Message
    String ed_add_reference();

    @Message
    String ed_preview();

    @Message
    String ed_save();

    @Message
    String ed_save_draft();

    @Message
    String ed_publish();

    @Message
    String ed_preview_heading();

    @Message
    String ed_manage();

    @Message
    String ed_unpublish();

    @Message
    String ed_delete_confirm();

    @Message
    String ed_delete();

    @Message
    String ed_published();

    @Message
    String ed_unpublished();

    @Message
    String ed_saved();












    @Message
    String ed_err_year();
}
