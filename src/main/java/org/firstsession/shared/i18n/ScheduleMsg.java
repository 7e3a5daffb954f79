package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the specialist's scheduling pages: free slots and weekly rules (with the reasons a slot is skipped),
 * time off, the buffer and busy calendars, and the date formats of slot times; {@code {schedule:key}} in templates,
 * {@code web.practice.PracticeTexts} in Java, texts in {@code messages/schedule_<language>.properties}.
 */
@MessageBundle("schedule")
public interface ScheduleMsg {

    // ---- formats (java.time patterns) ----
    @Message
    String format_slot_time();

    @Message
    String format_slot_day();


    // ---- slots, time off, buffer ----
    @Message
    String slots_intro();

    @Message
    String slots_single();

    @Message
    String slots_day();

    @Message
    String slots_start_time(String zone);

    @Message
    String slots_offer();

    @Message
    String slots_rule();

    @Message
    String slots_on_days();

    @Message
    String slots_from(String zone);

    @Message
    String slots_until(String zone);

    @Message
    String slots_last_day_hint();

    @Message
    String slots_preview_button();

    @Message
    String slots_create(int count);

    @Message
    String slots_preview_one(int count, String zone);

    @Message
    String slots_preview_many(int count, String zone);

    @Message
    String slots_no_new();

    @Message
    String slots_skipped();

    @Message
    String slots_time_off();

    @Message
    String slots_time_off_intro(String zone);

    @Message
    String slots_note_hint();

    @Message
    String slots_add_time_off();

    @Message
    String slots_time_off_range(String from, String to);

    @Message
    String slots_remove_time_off(String from);

    @Message
    String slots_still_booked();

    @Message
    String slots_buffer();

    @Message
    String slots_buffer_intro();

    @Message
    String slots_buffer_label();

    @Message
    String slots_buffer_save();

    @Message
    String slots_mine(String zone);

    @Message
    String slots_none();

    @Message
    String slots_booked();

    @Message
    String slots_clashes_with();

    @Message
    String slots_see_booking();

    @Message
    String slots_withdraw_cancel_confirm();

    @Message
    String slots_withdraw_cancel();

    @Message
    String slots_on(String when);

    @Message
    String slots_not_offered();

    @Message
    String slots_busy_calendars();

    @Message
    String slots_open();

    @Message
    String slots_withdraw();

    @Message
    String slots_the_slot_on(String when);

    @Message
    String slots_zone_needed();

    @Message
    String slots_set_zone_first();

    @Message
    String slots_done_offered();

    @Message
    String slots_done_withdrawn();

    @Message
    String slots_done_cancelled();

    @Message
    String slots_done_timeoff(int withdrawn);

    @Message
    String slots_done_timeoff_booked(int booked);

    @Message
    String slots_done_timeoff_refused();

    @Message
    String slots_done_timeoff_removed();

    @Message
    String slots_done_buffer();

    @Message
    String slots_done_buffer_refused();

    @Message
    String slots_err_start(String problem);

    @Message
    String slots_err_future();

    @Message
    String slots_err_too_far(String days);

    @Message
    String slots_err_overlap();

    @Message
    String slots_not_offered_notice();

    @Message
    String slots_check_rule();

    @Message
    String slots_created_one(int count);

    @Message
    String slots_created_many(int count);

    @Message
    String slots_created_skipped(int count);

    @Message
    String slots_preview_none();

    @Message
    String slots_preview_notice_one(int count);

    @Message
    String slots_preview_notice_many(int count);

    @Message
    String slots_rule_refused();

    @Message
    String slots_booked_refusal();

    @Message
    String slots_err_choose_day();

    @Message
    String slots_err_choose_time();

    @Message
    String slots_err_zone_first();

    @Message
    String slots_err_no_such_time(String zone);

    @Message
    String skip_clock_change();

    @Message
    String skip_past();

    @Message
    String skip_time_off();

    @Message
    String skip_overlap();

    @Message
    String rule_err_days_list();

    @Message
    String rule_err_days_none();

    @Message
    String rule_err_start();

    @Message
    String rule_err_end();

    @Message
    String rule_err_from();

    @Message
    String rule_err_to();

    @Message
    String rule_svc_after_start();

    @Message
    String rule_svc_window(String minutes);

    @Message
    String rule_svc_boundary();

    @Message
    String rule_svc_today();

    @Message
    String rule_svc_not_before_first();

    @Message
    String rule_svc_weeks(String weeks);

    @Message
    String rule_label_start();

    @Message
    String rule_label_end();

    @Message
    String rule_label_days();


    // ---- busy calendars ----
    @Message
    String cal_title();

    @Message
    String cal_intro(String zone);

    @Message
    String cal_add();

    @Message
    String cal_url();

    @Message
    String cal_url_hint();

    @Message
    String cal_name();

    @Message
    String cal_add_button();

    @Message
    String cal_mine();

    @Message
    String cal_none();

    @Message
    String cal_last_read();

    @Message
    String cal_not_yet();

    @Message
    String cal_busy_times();

    @Message
    String cal_last_error();

    @Message
    String cal_still_in_force();

    @Message
    String cal_the_calendar();

    @Message
    String cal_added();

    @Message
    String cal_removed();

    @Message
    String cal_err_url();

    @Message
    String cal_err_label();

    @Message
    String cal_err_label_long();

    @Message
    String cal_err_address(String problem);

    @Message
    String cal_svc_too_long(String max);

    @Message
    String cal_svc_invalid();

    @Message
    String cal_svc_https();

    @Message
    String cal_svc_credentials();

    @Message
    String cal_svc_no_host();

    @Message
    String cal_svc_redirect();

    @Message
    String cal_svc_unknown_host();

    @Message
    String cal_svc_private();

    @Message
    String cal_not_added();
}
