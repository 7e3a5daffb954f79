-- Radius search at 100,000 profiles, again (issue #22, docs/benchmarks.md): the directory's "near a place"
-- scenario could not keep up with 200 searches/s (PostgreSQL at 1.7 cores). Profiles share a handful of points (a
-- profile's point is its place's centre: every Berlin profile has Berlin's), and the GiST index of V78 walks
-- every entry of such a point one by one (808 buffers for Berlin's 25 km), then the page reads every matching
-- row to sort it by name. Now the app names the places within the radius (from its gazetteer) and this index
-- answers with the profiles of those places, holding everything a page is chosen by (name, featured, point for
-- the exact distance), so neither the count nor the page reads a profile row: 2.5 + 7 ms -> 0.3 + 0.7 ms.
CREATE INDEX specialist_listed_place_idx ON specialist (place_id, lower(display_name), id)
    INCLUDE (display_name, place_point, featured_at, featured_until)
    WHERE status = 'PUBLISHED' AND suspended_at IS NULL AND place_id IS NOT NULL;
