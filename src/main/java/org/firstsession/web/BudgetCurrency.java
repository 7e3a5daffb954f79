package org.firstsession.web;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The currency of a budget (issue #22): a highest fee is only compared within one currency, so the guided start's
 * budget question carries one, and a budget the directory gets without one takes the chosen place's. Only the
 * currencies the pages offer ({@link DirectoryPages#CURRENCIES}) are ever chosen for the visitor.
 */
final class BudgetCurrency {

    private BudgetCurrency() {
    }

    /**
     * The currency the budget question starts with: the answer itself (back from the directory), else the
     * directory's default ({@code DIRECTORY_DEFAULT_CURRENCY}), else the currency of the country in the browser's
     * languages ({@code de-CH} → CHF, {@code en-GB} → GBP), else the page language's where nearly all its readers
     * pay in one (German and French: EUR); empty for English without a country, where no guess is safe.
     */
    static Optional<String> preselected(String answered, Optional<String> configured, String acceptLanguage,
            Locale page) {
        if (answered != null && DirectoryPages.CURRENCIES.contains(answered.strip())) {
            return Optional.of(answered.strip());
        }
        Optional<String> byConfig = configured.map(String::strip).filter(DirectoryPages.CURRENCIES::contains);
        if (byConfig.isPresent()) {
            return byConfig;
        }
        Optional<String> byCountry = browserCountries(acceptLanguage).stream()
                .map(BudgetCurrency::ofCountry).flatMap(Optional::stream).findFirst();
        if (byCountry.isPresent()) {
            return byCountry;
        }
        String language = page == null ? "" : page.getLanguage();
        return language.equals("de") || language.equals("fr") ? Optional.of("EUR") : Optional.empty();
    }

    /** The currency of a country (ISO 3166-1 alpha-2) when the pages offer it: DE → EUR, CH → CHF. */
    static Optional<String> ofCountry(String country) {
        if (country == null || !country.strip().matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(new Locale("", country.strip()));
            return currency == null ? Optional.empty()
                    : Optional.of(currency.getCurrencyCode()).filter(DirectoryPages.CURRENCIES::contains);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The countries named in an Accept-Language header, most wanted first ("de-CH,de;q=0.9,en-GB;q=0.8" → CH, GB). */
    private static List<String> browserCountries(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> Locale.forLanguageTag(range.getRange()).getCountry())
                    .filter(country -> !country.isEmpty())
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
