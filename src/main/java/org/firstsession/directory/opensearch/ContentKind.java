package org.firstsession.directory.opensearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What else than specialists lives in OpenSearch: the public texts that {@code q} searches. Each kind has an
 * alias of its own ({@code <OPENSEARCH_INDEX>-articles}, {@code -questions}), rebuilt like the directory's,
 * and is fed by the content search outbox (migration V70). A document holds the searchable text and the
 * filters only; result pages are read from the tables by id, so cards are exactly the PostgreSQL ones.
 */
public enum ContentKind {

    /** Published articles of public profiles, newest first ({@code published_at DESC, id DESC}). */
    ARTICLE("article", "articles", "a", "publishedMicros", List.of("title^3", "summary^2", "body")) {
        @Override
        String columns() {
            return """
                    a.id, a.title, a.summary, a.body, array_to_string(a.topics, ','), a.specialist_id,
                    (extract(epoch FROM a.published_at) * 1000000)::bigint""";
        }

        @Override
        String listed() {
            return """
                    FROM article a JOIN specialist s ON s.id = a.specialist_id
                    WHERE %s AND a.status = 'PUBLISHED' AND a.hidden_at IS NULL AND a.deleted_at IS NULL
                      AND s.status = 'PUBLISHED' AND s.suspended_at IS NULL""";
        }

        @Override
        Map<String, Object> document(Object[] row) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", row[0].toString());
            doc.put("title", row[1]);
            doc.put("summary", row[2]);
            doc.put("body", row[3]);
            doc.put("topics", row[4] == null || row[4].toString().isEmpty() ? List.of() : List.of(row[4].toString().split(",")));
            doc.put("specialistId", row[5].toString());
            doc.put("publishedMicros", ((Number) row[6]).longValue());
            return doc;
        }

        @Override
        Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", KEYWORD);
            p.put("title", ENGLISH);
            p.put("summary", ENGLISH);
            p.put("body", ENGLISH);
            p.put("topics", KEYWORD);
            p.put("specialistId", KEYWORD);
            p.put("publishedMicros", LONG);
            return p;
        }
    },

    /** Questions neither hidden nor deleted, newest first ({@code created_at DESC, id DESC}). */
    QUESTION("question", "questions", "q", "createdMicros", List.of("title^2", "body")) {
        @Override
        String columns() {
            return "q.id, q.title, q.body, q.topic, (extract(epoch FROM q.created_at) * 1000000)::bigint";
        }

        @Override
        String listed() {
            return """
                    FROM question q
                    WHERE %s AND q.hidden_at IS NULL AND q.deleted_at IS NULL""";
        }

        @Override
        Map<String, Object> document(Object[] row) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", row[0].toString());
            doc.put("title", row[1]);
            doc.put("body", row[2]);
            doc.put("topic", row[3]);
            doc.put("createdMicros", ((Number) row[4]).longValue());
            return doc;
        }

        @Override
        Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", KEYWORD);
            p.put("title", ENGLISH);
            p.put("body", ENGLISH);
            p.put("topic", KEYWORD);
            p.put("createdMicros", LONG);
            return p;
        }
    };

    private static final Map<String, Object> KEYWORD = Map.of("type", "keyword");
    private static final Map<String, Object> ENGLISH = Map.of("type", "text", "analyzer", "english");
    private static final Map<String, Object> LONG = Map.of("type", "long");

    private final String code;
    private final String suffix;
    private final String row;
    private final String newestField;
    private final List<String> textFields;

    ContentKind(String code, String suffix, String row, String newestField, List<String> textFields) {
        this.code = code;
        this.suffix = suffix;
        this.row = row;
        this.newestField = newestField;
        this.textFields = textFields;
    }

    /** The kind in content_search_outbox and content_search_sync. */
    String code() {
        return code;
    }

    /** The alias is {@code <OPENSEARCH_INDEX>-<suffix>}; also the key in the admin status. */
    public String suffix() {
        return suffix;
    }

    /** The sort key (microseconds since the epoch, the database's precision, so the order is PostgreSQL's). */
    String newestField() {
        return newestField;
    }

    List<String> textFields() {
        return textFields;
    }

    static ContentKind ofCode(String code) {
        for (ContentKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** The document columns of {@link #listed()}'s rows; the first is the id. */
    abstract String columns();

    /** FROM and WHERE of the rows a search may find; {@code %s} is a further condition. */
    abstract String listed();

    /** The documents of those of the ids (parameter 1, uuid[]) that are listed. */
    String documentsSql() {
        return "SELECT " + columns() + "\n" + listed().formatted(row + ".id = ANY (cast(?1 as uuid[]))");
    }

    /** The ids of every listed row (a rebuild). */
    String allIdsSql() {
        return "SELECT " + row + ".id\n" + listed().formatted("true");
    }

    /** How many rows are listed (the status on PostgreSQL). */
    public String countSql() {
        return "SELECT count(*)\n" + listed().formatted("true");
    }

    abstract Map<String, Object> document(Object[] row);

    /**
     * Text fields use the {@code english} analyzer (stemming like PostgreSQL's english configuration); the
     * text is searched but not kept in {@code _source} (pages are read from the tables).
     */
    abstract Map<String, Object> properties();
}
