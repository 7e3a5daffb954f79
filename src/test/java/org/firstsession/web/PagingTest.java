package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.firstsession.shared.Page;
import org.junit.jupiter.api.Test;

/** The links and page numbers of every list page. */
class PagingTest {

    @Test
    void a_middle_page_links_both_ways_and_keeps_the_filters() {
        Paging paging = Paging.of(new Page<>(List.of(), 1, 20, 45), "/admin/reports?" + Paging.param("status", "OPEN")
                + Paging.param("q", "a&b") + Paging.param("empty", " "));
        assertEquals(new Paging(2, 3, 45, true, "/admin/reports?status=OPEN&q=a%26b&page=0",
                "/admin/reports?status=OPEN&q=a%26b&page=2"), paging);
    }

    @Test
    void a_single_page_has_no_links() {
        Paging paging = Paging.of(new Page<>(List.of(), 0, 20, 0), "/admin/contact?");
        assertEquals(1, paging.pages());
        assertNull(paging.previous());
        assertNull(paging.next());
    }

    @Test
    void a_page_number_outside_0_to_10000_is_no_such_page() {
        for (String bad : List.of("-1", "10001", "two")) {
            FormErrors errors = FormErrors.none();
            assertEquals(0, Paging.pageNumber(bad, errors));
            assertEquals("There is no such page.", errors.get("page"), bad);
        }
        FormErrors errors = FormErrors.none();
        assertEquals(10_000, Paging.pageNumber(" 10000 ", errors));
        assertEquals(0, Paging.pageNumber(null, errors));
        assertEquals(0, errors.count());
    }
}
