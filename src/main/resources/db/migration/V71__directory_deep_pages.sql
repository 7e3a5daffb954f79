-- Deep pages of the directory (issue #13: page up to 10,000 must not skip rows one by one). A page is chosen
-- as ids first (PostgresDirectorySearch.select) and its OFFSET walked in this index alone: it holds the order
-- (lower(display_name), id), the visibility (the predicate) and what "not featured now" reads, so the walk is
-- an index-only scan instead of a heap visit per skipped profile. display_name is included because the
-- planner only considers an index-only scan when every column the query names is in the index (also the one
-- inside lower()). Measured at 100,000 profiles (docs/benchmarks.md, "Deep pages"): page 4,950 of the default
-- list 114 ms → 12 ms (median of 5, warm cache). specialist_published_name_idx stays for filtered walks that read the profile anyway.
CREATE INDEX specialist_listed_name_idx ON specialist (lower(display_name), id)
    INCLUDE (display_name, featured_at, featured_until)
    WHERE status = 'PUBLISHED' AND suspended_at IS NULL;
