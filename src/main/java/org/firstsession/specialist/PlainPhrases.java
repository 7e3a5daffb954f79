package org.firstsession.specialist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain phrases for specialties ("I can't sleep" → sleep), from the reviewed mapping file
 * {@code guided/plain-phrases.txt}: the answers of the guided start's first question, and what lets a text
 * search such as "can't sleep" find sleep specialists on either backend.
 */
public final class PlainPhrases {

    static final String RESOURCE = "guided/plain-phrases.txt";

    /** A phrase and its specialty; {@code offered}: one of the guided start's answers. */
    public record Phrase(String text, String specialty, boolean offered) {
    }

    /** A text search read through the mapping: the specialty it names and the words left over (null if none). */
    public record Match(String specialty, String rest) {
    }

    /** Words that carry nothing once a phrase is recognised ("I", "my", …). */
    private static final Set<String> FILLER = Set.of("i", "im", "ive", "me", "my", "a", "an", "the", "and", "or", "really",
            "so", "very");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final List<Phrase> PHRASES = load();

    /**
     * Each phrase normalised once, longest first: {@link #match} runs on every text search, and normalising
     * (three regular expressions) inside the sort and the filter cost about 2,000 pattern compilations per
     * query — the directory's largest CPU cost per search in the 2026-11-30 benchmark profile.
     */
    private static final List<Normalised> LONGEST_FIRST = PHRASES.stream()
            .map(p -> new Normalised(" " + normalise(p.text()) + " ", p.specialty()))
            .sorted(Comparator.comparingInt((Normalised n) -> -n.padded().length()))
            .toList();

    private record Normalised(String padded, String specialty) {
    }

    private PlainPhrases() {
    }

    /** The guided start's answers, in the file's order. */
    public static List<Phrase> offered() {
        return PHRASES.stream().filter(Phrase::offered).toList();
    }

    /** Every phrase, for tests that check the file against the taxonomy. */
    public static List<Phrase> all() {
        return PHRASES;
    }

    /**
     * The longest phrase found in {@code q} (its words in a row, ignoring case, accents, apostrophes and
     * punctuation), with the words of q that are neither the phrase nor filler.
     */
    public static Optional<Match> match(String q) {
        String text = " " + normalise(q) + " ";
        return LONGEST_FIRST.stream()
                .filter(p -> text.contains(p.padded()))
                .findFirst()
                .map(p -> {
                    String rest = text.replace(p.padded(), " ");
                    String words = Arrays.stream(rest.strip().split(" "))
                            .filter(w -> !w.isEmpty() && !FILLER.contains(w))
                            .collect(Collectors.joining(" "));
                    return new Match(p.specialty(), words.isEmpty() ? null : words);
                });
    }

    /** Lower case, no accents, no apostrophes ("can't" → "cant"), anything else but letters and digits a space. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    private static List<Phrase> load() {
        List<Phrase> phrases = new ArrayList<>();
        try (InputStream in = PlainPhrases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                boolean offered = trimmed.startsWith("*");
                String entry = offered ? trimmed.substring(1).strip() : trimmed;
                int equals = entry.lastIndexOf('=');
                String code = entry.substring(equals + 1).strip();
                if (equals < 0 || !Taxonomy.isSpecialty(code)) {
                    throw new IllegalStateException(RESOURCE + ": not \"phrase = specialty-code\": " + line);
                }
                phrases.add(new Phrase(entry.substring(0, equals).strip(), code, offered));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(phrases);
    }
}
