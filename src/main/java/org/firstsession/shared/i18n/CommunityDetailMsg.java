package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Problem details and field messages of articles, questions, messaging, admin work, moderation, contact and emails:
 * what the API's problems say ({@code detail}, {@code errors[].message}) and pages show, in
 * {@code messages/detail_community_<language>.properties}. Code names a text with {@code Details} (e.g.
 * {@code Details.community(m -> m.article_specialist_id())}); {@code shared.error.ProblemLanguage} renders it in the
 * caller's language. English holds the API's original wording, word for word.
 */
@MessageBundle("detail_community")
public interface CommunityDetailMsg {

    @Message
    String article_specialist_id();

    @Message
    String article_max_topics(int max);

    @Message
    String article_max_references(int max);

    @Message
    String article_required_to_publish();

    @Message
    String article_one_required_to_publish();

    @Message
    String article_reference();

    @Message
    String article_year(int min, int max);

    @Message
    String article_url();

    @Message
    String article_never_published();

    @Message
    String article_author_only();

    @Message
    String article_write_specialists_only();

    @Message
    String article_publish_specialists_only();

    @Message
    String article_admins_only();

    @Message
    String article_incomplete(String fields);

    @Message
    String article_daily_limit(int max);

    @Message
    String question_topic();

    @Message
    String question_asker_only();

    @Message
    String question_answer_specialists_only();

    @Message
    String question_admins_only();

    @Message
    String question_daily_limit(int max);

    @Message
    String messaging_cursor();

    @Message
    String messaging_client_or_specialist();

    @Message
    String messaging_own_profile();

    @Message
    String messaging_not_in_conversation();

    @Message
    String messaging_blocked_by_other();

    @Message
    String messaging_you_blocked();

    @Message
    String messaging_other_blocked();

    @Message
    String messaging_you_suspended();

    @Message
    String messaging_specialist_suspended();

    @Message
    String messaging_opened_elsewhere();

    @Message
    String messaging_daily_conversations(int max);

    @Message
    String messaging_per_minute(int max);

    @Message
    String admin_not_in_past();

    @Message
    String admin_not_before_checked_on();

    @Message
    String admin_valid_until_required();

    @Message
    String admin_feature_not_public();

    @Message
    String admin_feature_no_slots();

    @Message
    String admin_already_suspended();

    @Message
    String admin_not_suspended();

    @Message
    String audit_date();

    @Message
    String contact_hourly_limit(int max);

    @Message
    String email_already_sent();

    @Message
    String email_purged();
}
