-- Radius search (issue #22) as PostgresDirectorySearch builds it since V78: the place is the stored point
-- place_point under the partial GiST index specialist_place_point_idx; "within r km" is containment in the cube
-- around the origin enlarged by the radius's chord (the index), then the exact chord. Run with
--   psql -v lat=52.52437 -v lon=13.41053 -v chord=24999.9 -f bench/explain/directory-radius.sql
-- (chord = 2 * 6371008.8 * sin(radiusKm * 1000 / (2 * 6371008.8)); 24999.9 for 25 km, 499999 for 500 km).
-- docs/benchmarks.md, "Radius search", has the numbers and how the data was made.

-- 1. GET /api/specialists?near=…&radiusKm=… (by name, page 1; the card's distanceKm for its rows).
EXPLAIN (ANALYZE, BUFFERS)
SELECT s.id, round(geo_chord_to_metres(s.place_point <-> geo_point(:lat, :lon)) / 1000)::int AS distance_km
FROM specialist s
WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND s.place_id IS NOT NULL
  AND s.place_point <@ cube_enlarge(geo_point(:lat, :lon), :chord, 3)
  AND s.place_point <-> geo_point(:lat, :lon) <= :chord
ORDER BY lower(s.display_name), s.id LIMIT 20;

-- 2. … &sort=distance (nearest first).
EXPLAIN (ANALYZE, BUFFERS)
SELECT s.id FROM specialist s
WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND s.place_id IS NOT NULL
  AND s.place_point <@ cube_enlarge(geo_point(:lat, :lon), :chord, 3)
  AND s.place_point <-> geo_point(:lat, :lon) <= :chord
ORDER BY s.place_point <-> geo_point(:lat, :lon), lower(s.display_name), s.id LIMIT 20;

-- 3. The capped count (DIRECTORY_COUNT_LIMIT + 1).
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*) FROM (SELECT 1 FROM specialist s
  WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND s.place_id IS NOT NULL
    AND s.place_point <@ cube_enlarge(geo_point(:lat, :lon), :chord, 3)
    AND s.place_point <-> geo_point(:lat, :lon) <= :chord LIMIT 1001) m;
