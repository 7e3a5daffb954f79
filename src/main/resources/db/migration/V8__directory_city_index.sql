-- The directory's city filter (lower(city) = ?) had no index: every filtered count read all published
-- profiles (13 ms at 10,000; see docs/benchmarks.md). Partial, like the other directory indexes.
CREATE INDEX specialist_published_city_idx ON specialist (lower(city)) WHERE status = 'PUBLISHED';
