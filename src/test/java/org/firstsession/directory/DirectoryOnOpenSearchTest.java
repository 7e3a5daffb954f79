package org.firstsession.directory;

import org.firstsession.testsupport.OpenSearchBackend;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link DirectoryTest}'s tests with {@code SEARCH_BACKEND=opensearch}, against a real OpenSearch. */
@QuarkusTest
@TestProfile(OpenSearchBackend.class)
class DirectoryOnOpenSearchTest extends DirectoryTest {
}
