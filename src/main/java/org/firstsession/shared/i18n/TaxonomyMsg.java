package org.firstsession.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The taxonomy's labels (specialties and approaches, which questions and articles use as topics): one key
 * per code, {@code term_<code>} with {@code -} as {@code _}; the codes themselves stay in
 * {@code specialist.Taxonomy}, which keeps the English label for the API. Pages read a label through
 * {@code Labels.termLabel}; texts in {@code messages/tax_<language>.properties}.
 */
@MessageBundle("tax")
public interface TaxonomyMsg {

    @Message
    String term_anxiety();

    @Message
    String term_depression();

    @Message
    String term_trauma_ptsd();

    @Message
    String term_relationships();

    @Message
    String term_grief_loss();

    @Message
    String term_stress_burnout();

    @Message
    String term_eating_disorders();

    @Message
    String term_addiction();

    @Message
    String term_ocd();

    @Message
    String term_adhd();

    @Message
    String term_bipolar_disorder();

    @Message
    String term_self_esteem();

    @Message
    String term_sleep();

    @Message
    String term_parenting_family();

    @Message
    String term_lgbtq();

    @Message
    String term_life_transitions();

    @Message
    String term_anger_management();

    @Message
    String term_perinatal();

    @Message
    String term_chronic_illness();

    @Message
    String term_panic_phobias();

    @Message
    String term_cbt();

    @Message
    String term_dbt();

    @Message
    String term_act();

    @Message
    String term_emdr();

    @Message
    String term_psychodynamic();

    @Message
    String term_psychoanalytic();

    @Message
    String term_person_centred();

    @Message
    String term_systemic();

    @Message
    String term_schema_therapy();

    @Message
    String term_mindfulness_based();

    @Message
    String term_solution_focused();

    @Message
    String term_gestalt();

    @Message
    String term_integrative();

    @Message
    String term_compassion_focused();

    @Message
    String term_art_therapy();

    @Message
    String term_couples_therapy();
}
