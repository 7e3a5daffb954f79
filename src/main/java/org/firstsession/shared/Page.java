package org.firstsession.shared;

import java.util.List;

/** One page of a list: {@code total} counts all matching rows, not just this page's. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
