package org.firstsession.directory.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** websearch_to_tsquery's syntax in simple_query_string's (a plain unit test: no app, no server). */
class ContentSearchSyntaxTest {

    @Test
    void or_groups_the_words_next_to_it_like_websearch() {
        assertEquals("a (b | c)", ContentSearch.websearch("a b OR c"));
        assertEquals("(a | b | c) d", ContentSearch.websearch("a OR b OR c d"));
        assertEquals("a -b", ContentSearch.websearch("a -b"));
    }

    @Test
    void stray_operators_and_parentheses_are_no_syntax() {
        assertEquals("a b", ContentSearch.websearch("OR a ((b)) OR"));
        assertEquals("a b", ContentSearch.websearch("a OR OR b"));
        assertEquals("", ContentSearch.websearch("((("));
        assertEquals("or and", ContentSearch.websearch("or and"));
    }

    @Test
    void with_a_phrase_or_becomes_a_bar() {
        assertEquals("\"unbalanced - quote |", ContentSearch.websearch("\"unbalanced -(quote OR"));
    }
}
