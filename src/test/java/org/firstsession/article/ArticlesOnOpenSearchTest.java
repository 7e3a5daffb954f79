package org.firstsession.article;

import org.firstsession.testsupport.OpenSearchBackend;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ArticlesTest}'s tests with {@code SEARCH_BACKEND=opensearch}: {@code q} searches run on a real OpenSearch. */
@QuarkusTest
@TestProfile(OpenSearchBackend.class)
class ArticlesOnOpenSearchTest extends ArticlesTest {
}
