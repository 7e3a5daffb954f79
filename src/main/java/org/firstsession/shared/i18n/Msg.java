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

    // ---- places (issue #22) ----------------------------------------------------------------------------
    @Message
    String profile_place_label();

    @Message
    String profile_place_hint();
}
