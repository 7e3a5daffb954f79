package org.firstsession.directory;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.firstsession.directory.opensearch.OpenSearchDirectorySearch;
import org.firstsession.shared.Page;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The public directory, for the API and the website: delegates to the {@link DirectorySearch} that
 * {@code SEARCH_BACKEND} names (README, "Search backends").
 */
@ApplicationScoped
public class DirectoryService {

    /** Featured now: featured by an admin and not past its end (SQL over specialist {@code s}). */
    public static final String FEATURED = PostgresDirectorySearch.FEATURED;

    private final DirectorySearch backend;
    private final Timer searches;

    DirectoryService(SearchConfig config, Instance<PostgresDirectorySearch> postgres, Instance<OpenSearchDirectorySearch> opensearch,
            MeterRegistry metrics) {
        boolean useOpenSearch = config.backend() == SearchConfig.Backend.OPENSEARCH;
        this.backend = useOpenSearch ? opensearch.get() : postgres.get();
        // firstsession_directory_search_seconds{backend} with histogram buckets (the search alert's p99, the
        // dashboard's panel by backend).
        this.searches = Timer.builder("firstsession.directory.search").description("Directory searches")
                .tag("backend", useOpenSearch ? "opensearch" : "postgresql").publishPercentileHistogram()
                .register(metrics);
    }

    /** One page of the directory, each card's headline in the first of {@code readerLanguages} the specialist wrote it in. */
    public Page<DirectoryItem> search(DirectoryQuery query, List<String> readerLanguages) {
        Page<DirectoryItem> page = searches.record(() -> backend.search(query));
        return new Page<>(forReader(page.items(), readerLanguages), page.page(), page.size(), page.total(), page.totalExact());
    }

    /** The featured specialists, headlines as {@link #search}. */
    public List<DirectoryItem> featured(List<String> readerLanguages) {
        return forReader(backend.featured(), readerLanguages);
    }

    private static List<DirectoryItem> forReader(List<DirectoryItem> items, List<String> readerLanguages) {
        return items.stream().map(item -> item.forReader(readerLanguages)).toList();
    }
}
