package org.firstsession.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.firstsession.shared.error.ProblemException;
import org.junit.jupiter.api.Test;

/** maxFee's currency: named, or the configured default (DIRECTORY_DEFAULT_CURRENCY), else refused. */
class DirectoryQueryCurrencyTest {

    private static DirectoryQuery parse(String maxFee, String currency, String defaultCurrency) {
        return DirectoryQuery.parse(null, null, null, null, null, null, null, maxFee, null, null, null, null, null, null,
                DirectoryQuery.NearParams.NONE, new DirectoryQuery.PriceParams(currency, null), null, defaultCurrency);
    }

    @Test
    void the_configured_default_currency_stands_in_for_a_missing_one() {
        assertEquals("CHF", parse("80", null, "CHF").currency());
        assertEquals("EUR", parse("80", "EUR", "CHF").currency(), "a named currency wins");
        assertEquals(null, parse(null, null, "CHF").currency(), "no maxFee: no currency filter");
    }

    @Test
    void without_a_default_max_fee_needs_a_currency() {
        ProblemException refused = assertThrows(ProblemException.class, () -> parse("80", null, null));
        assertEquals("currency", refused.toProblem().errors().get(0).field());
    }
}
