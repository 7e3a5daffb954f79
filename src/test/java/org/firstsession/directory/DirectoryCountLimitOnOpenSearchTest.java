package org.firstsession.directory;

import java.util.HashMap;
import java.util.Map;

import org.firstsession.testsupport.OpenSearchBackend;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link DirectoryCountLimitTest}'s tests with {@code SEARCH_BACKEND=opensearch}, against a real OpenSearch. */
@QuarkusTest
@TestProfile(DirectoryCountLimitOnOpenSearchTest.SmallLimitOnOpenSearch.class)
class DirectoryCountLimitOnOpenSearchTest extends DirectoryCountLimitTest {

    public static class SmallLimitOnOpenSearch extends OpenSearchBackend {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(new SmallLimit().getConfigOverrides());
            return overrides;
        }
    }
}
