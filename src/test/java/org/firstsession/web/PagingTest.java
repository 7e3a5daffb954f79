package org.firstsession.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
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
            // Without the application there are no bundles: the text is its key (PagesInEveryLanguageTest has the words).
            assertEquals("list_no_such_page", errors.get("page"), bad);
        }
        FormErrors errors = FormErrors.none();
        assertEquals(10_000, Paging.pageNumber(" 10000 ", errors));
        assertEquals(0, Paging.pageNumber(null, errors));
        assertEquals(0, errors.count());
    }

    @Test
    void a_list_fetches_the_asked_page_and_links_around_it() {
        Paging.Listing<String> list = Paging.list("1", FormErrors.none(), "/admin/contact?",
                pageNo -> new Page<>(List.of("row on page " + pageNo), pageNo, 20, 45));
        assertEquals(List.of("row on page 1"), list.items());
        assertEquals("/admin/contact?page=2", list.paging().next());
        assertEquals(200, list.status());
    }

    @Test
    void a_refused_list_fetches_nothing_and_answers_400_with_the_reason_by_its_field() {
        Paging.Listing<String> noSuchPage = Paging.list("two", FormErrors.none(), "/admin/contact?", pageNo -> {
            throw new AssertionError("nothing is fetched for a refused page number");
        });
        assertEquals(400, noSuchPage.status());
        assertEquals("list_no_such_page", noSuchPage.errors().get("page"));
        Paging.Listing<String> refused = Paging.list(null, FormErrors.none(), "/admin/reports?", pageNo -> {
            throw ProblemException.invalid("status", "unknown status");
        });
        assertEquals(400, refused.status());
        assertEquals(List.of(), refused.items());
        assertEquals("unknown status", refused.errors().get("status"));
    }
}
