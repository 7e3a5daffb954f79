package org.firstsession.community;

import org.firstsession.testsupport.OpenSearchBackend;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link QuestionsTest}'s tests with {@code SEARCH_BACKEND=opensearch}: {@code q} searches run on a real OpenSearch. */
@QuarkusTest
@TestProfile(OpenSearchBackend.class)
class QuestionsOnOpenSearchTest extends QuestionsTest {
}
