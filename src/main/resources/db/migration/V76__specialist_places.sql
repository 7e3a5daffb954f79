-- Issue #22, "Near me": a specialist's place from the shipped gazetteer (place.Gazetteer, GeoNames ids) and its
-- centre, copied at save time so the directory can search by distance without the gazetteer in the database.
-- The free-text city stays, for display.
--
-- Distance search uses the trusted `cube` extension with the two functions of contrib's earthdistance written
-- out here (geo_point ≈ ll_to_earth, a box by cube_enlarge ≈ earth_box): earthdistance itself is not a trusted
-- extension, so the app's role could neither create it here nor restore it (operations.RestoreDrillTest
-- restores a dump as that role). A place is a 3-D point in metres on a sphere of the mean earth radius; a GiST
-- index over it answers "within r km" (box containment, then the exact chord) and "nearest first" (KNN <->).
CREATE EXTENSION IF NOT EXISTS cube;

-- search_path is fixed so that the index can be rebuilt where it is empty (pg_restore, autovacuum).
CREATE FUNCTION geo_point(lat double precision, lon double precision) RETURNS cube
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$
    SELECT cube(array[6371008.8 * cos(radians(lat)) * cos(radians(lon)),
                      6371008.8 * cos(radians(lat)) * sin(radians(lon)),
                      6371008.8 * sin(radians(lat))])
$$;

-- Great-circle distance in metres for a chord between two geo_points (haversine, on the same sphere).
CREATE FUNCTION geo_chord_to_metres(chord double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT 2 * 6371008.8 * asin(least(1.0, chord / (2 * 6371008.8)))
$$;

ALTER TABLE specialist
    ADD COLUMN place_id bigint,
    ADD COLUMN place_lat double precision,
    ADD COLUMN place_lon double precision,
    ADD CONSTRAINT specialist_place_chk CHECK (
        (place_id IS NULL AND place_lat IS NULL AND place_lon IS NULL)
        OR (place_id IS NOT NULL AND place_lat BETWEEN -90 AND 90 AND place_lon BETWEEN -180 AND 180));

-- Listed profiles with a place only: what a radius search reads (docs/benchmarks.md, "Radius search").
CREATE INDEX specialist_place_geo_idx ON specialist USING gist (geo_point(place_lat, place_lon))
    WHERE status = 'PUBLISHED' AND suspended_at IS NULL AND place_id IS NOT NULL;
