package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which currency the guided start's budget question starts with, without the application. */
class BudgetCurrencyTest {

    private static Optional<String> preselected(String answered, String configured, String acceptLanguage, String page) {
        return BudgetCurrency.preselected(answered, Optional.ofNullable(configured), acceptLanguage, Locale.forLanguageTag(page));
    }

    @Test
    void the_answer_then_the_configured_default_then_the_browsers_country_then_the_pages_language() {
        assertEquals(Optional.of("SEK"), preselected("SEK", "CHF", "de-CH", "de"));
        assertEquals(Optional.of("CHF"), preselected(null, "CHF", "en-GB", "en"), "DIRECTORY_DEFAULT_CURRENCY before the browser");
        assertEquals(Optional.of("GBP"), preselected(null, null, "en-GB,en;q=0.8", "en"));
        assertEquals(Optional.of("CHF"), preselected("", null, "fr-CH", "fr"));
        assertEquals(Optional.of("EUR"), preselected(null, null, "de", "de"));
        assertEquals(Optional.of("EUR"), preselected(null, null, null, "fr"));
        assertEquals(Optional.empty(), preselected(null, null, "en", "en"), "English alone names no currency");
    }

    @Test
    void only_currencies_the_pages_offer_and_nothing_from_garbage() {
        assertEquals(Optional.empty(), preselected("XYZ", " ", "en-JP", "en"), "yen is not offered; XYZ is not a currency");
        assertEquals(Optional.empty(), preselected(null, "JPY", "en;q=0, de-;;", "en"));
        assertEquals(Optional.of("EUR"), preselected("<script>", null, "x".repeat(2000), "de"));
    }

    @Test
    void a_countrys_currency() {
        assertEquals(Optional.of("EUR"), BudgetCurrency.ofCountry("DE"));
        assertEquals(Optional.of("CHF"), BudgetCurrency.ofCountry("CH"));
        assertEquals(Optional.of("PLN"), BudgetCurrency.ofCountry("PL"));
        assertEquals(Optional.empty(), BudgetCurrency.ofCountry("JP"));
        assertEquals(Optional.empty(), BudgetCurrency.ofCountry("Germany"));
        assertEquals(Optional.empty(), BudgetCurrency.ofCountry(null));
        assertEquals(Optional.empty(), BudgetCurrency.ofCountry("AQ"), "Antarctica has no currency");
    }
}
