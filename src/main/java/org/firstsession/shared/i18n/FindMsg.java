package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Finding someone (issue #22): the guided start's plain answers and its budget question, the messages of the
 * directory's "Near" and fee fields (the profile form's place message is the practice bundle's). Templates write
 * {@code {find:key}}, Java gets them through {@code Languages.bundle(FindMsg.class, locale)}; the texts are in
 * {@code messages/find_<language>.properties}. A bundle of its own: {@link Msg} says why bundles stay small.
 */
@MessageBundle("find")
public interface FindMsg {

    // ---- the guided start's answers to "What brings you here?": need_<specialty code, - as _>; the English text is
    // the phrase of guided/plain-phrases.txt (PlainPhrases), which the text search reads -------------------------
    @Message
    String need_sleep();

    @Message
    String need_anxiety();

    @Message
    String need_depression();

    @Message
    String need_panic_phobias();

    @Message
    String need_stress_burnout();

    @Message
    String need_trauma_ptsd();

    @Message
    String need_grief_loss();

    @Message
    String need_relationships();

    @Message
    String need_self_esteem();

    @Message
    String need_life_transitions();

    @Message
    String need_addiction();

    @Message
    String need_eating_disorders();

    @Message
    String need_parenting_family();

    // ---- the directory's "Near" field ---------------------------------------------------------------------
    @Message
    String place_unknown();

    @Message
    String place_unknown_in_country();

    /** A place id in the address that the gazetteer does not know (an old or edited link). */
    @Message
    String place_unknown_id();

    @Message
    String place_online_needs_place();

    @Message
    String place_distance_needs_place();

    // ---- the suggestion list (site.js reads these from the field's data attributes) -----------------------
    @Message
    String suggest_list_label();

    /** {@code count} is "#" on the page, which site.js replaces with the number of places. */
    @Message
    String suggest_count(String count);

    @Message
    String suggest_none();

    // ---- a highest fee without a currency -----------------------------------------------------------------
    /** Next to the directory's fee field: the amount is kept but not applied until a currency is chosen. */
    @Message
    String fee_currency_needed();

    @Message
    String start_currency_choose();

    /** At the top of /start when the directory sent the answers back for a currency. */
    @Message
    String start_currency_missing();

    @Message
    String start_currency_error();
}
