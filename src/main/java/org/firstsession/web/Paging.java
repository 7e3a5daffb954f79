package org.firstsession.web;

import java.util.List;
import java.util.function.IntFunction;

import org.firstsession.shared.Page;
import org.firstsession.shared.i18n.Msg;
import org.firstsession.shared.i18n.Text;
import org.firstsession.shared.error.ProblemException;

/**
 * Navigation of a result list: 1-based page numbers for people, links that keep the filters. Every list
 * page builds its links here: {@code base} is the list's path with its filters ({@link #param}), ending
 * in {@code ?} or {@code &}.
 */
public record Paging(int current, int pages, long total, boolean exact, String previous, String next) {

    /** Rows per page of the lists other than the directory (admin lists, questions). */
    public static final int LIST_SIZE = 20;

    /** The highest {@code ?page=} a list answers (the API's {@code @Max} too). */
    static final int MAX_PAGE = 10_000;

    /** A list that counts exactly. */
    public Paging(int current, int pages, long total, String previous, String next) {
        this(current, pages, total, true, previous, next);
    }

    /** Nothing listed (the filters were refused). */
    public static Paging none() {
        return new Paging(1, 1, 0, null, null);
    }

    /** The links around one exactly counted page of results. */
    public static Paging of(Page<?> found, String base) {
        int pages = (int) Math.max(1, (found.total() + found.size() - 1) / found.size());
        return new Paging(found.page() + 1, pages, found.total(),
                found.page() > 0 ? base + "page=" + (found.page() - 1) : null,
                found.page() + 1 < pages ? base + "page=" + (found.page() + 1) : null);
    }

    /** {@code name=value&} for a filter kept in the links, or nothing when the filter is empty. */
    public static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : name + "=" + WebTemplateExtensions.urlEncode(value) + "&";
    }

    /** The 0-based {@code ?page=} of a list; anything but 0 to 10,000 is "There is no such page." (in the page's language) next to {@code page}. */
    public static int pageNumber(String page, FormErrors errors) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(page.strip());
            if (value >= 0 && value <= MAX_PAGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.add("page", Text.of(Msg.class, Msg::list_no_such_page).in(VisitorLanguage.current()));
        return 0;
    }

    /**
     * One page of a filtered list for a list page: {@code ?page=} checked, the rows fetched unless the filters were
     * already refused, a refusal of the service shown next to its field, and the links built from {@code base}.
     */
    public static <T> Listing<T> list(String page, FormErrors errors, String base, IntFunction<Page<T>> fetch) {
        int pageNo = pageNumber(page, errors);
        if (errors.any()) {
            return new Listing<>(List.of(), none(), errors);
        }
        try {
            Page<T> found = fetch.apply(pageNo);
            return new Listing<>(found.items(), of(found, base), errors);
        } catch (ProblemException refusal) {
            return new Listing<>(List.of(), none(), FormErrors.of(refusal));
        }
    }

    /** What a list page shows: its rows, the links around them, and why nothing is listed (400) if refused. */
    public record Listing<T>(List<T> items, Paging paging, FormErrors errors) {

        /** 400 when the filters were refused, else 200. */
        public int status() {
            return errors.any() ? 400 : 200;
        }
    }
}
