package org.firstsession.shared;

import java.util.List;

/**
 * One page of a list: {@code total} counts all matching rows, not just this page's. Where a list stops
 * counting at a limit (the directory), {@code totalExact} is false and {@code total} is that limit: there
 * are at least that many.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }
}
