package org.firstsession.directory;

import java.util.List;

import org.firstsession.shared.Page;

/**
 * A directory search backend. {@link PostgresDirectorySearch} is the default (nothing else to install);
 * another engine slots in behind this interface with the same API: filters, validation, sort orders,
 * paging shape, featured-first default order and card fields (README, "The directory").
 */
public interface DirectorySearch {

    /** One page of published, non-suspended profiles matching the query, in its order. */
    Page<DirectoryItem> search(DirectoryQuery query);

    /** The featured, public specialists in today's rotation order. */
    List<DirectoryItem> featured();
}
