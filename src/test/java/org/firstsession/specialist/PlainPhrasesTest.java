package org.firstsession.specialist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The reviewed mapping file of plain phrases (guided/plain-phrases.txt) and how a text search reads it. */
class PlainPhrasesTest {

    @Test
    void every_phrase_maps_to_a_taxonomy_specialty_and_the_start_offers_three_to_fifteen() {
        assertTrue(PlainPhrases.all().stream().allMatch(p -> Taxonomy.isSpecialty(p.specialty())));
        int offered = PlainPhrases.offered().size();
        assertTrue(offered >= 3 && offered <= 15, "answers offered: " + offered);
        assertEquals("I can't sleep", PlainPhrases.offered().get(0).text());
        assertEquals("sleep", PlainPhrases.offered().get(0).specialty());
    }

    @Test
    void plain_words_in_a_search_become_the_specialty_and_the_rest_stays_text() {
        assertEquals(Optional.of(new PlainPhrases.Match("sleep", null)), PlainPhrases.match("can't sleep"));
        assertEquals(Optional.of(new PlainPhrases.Match("sleep", null)), PlainPhrases.match("I CAN’T SLEEP!"));
        assertEquals(Optional.of(new PlainPhrases.Match("sleep", "berlin")), PlainPhrases.match("I can't sleep, Berlin"));
        assertEquals(Optional.of(new PlainPhrases.Match("stress-burnout", null)), PlainPhrases.match("burned out"));
        assertEquals(Optional.empty(), PlainPhrases.match("sleep"), "a specialty's own word is a normal text search");
        assertEquals(Optional.empty(), PlainPhrases.match("Dmitri"));
    }
}
