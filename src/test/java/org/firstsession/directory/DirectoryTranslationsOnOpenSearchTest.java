package org.firstsession.directory;

import org.firstsession.testsupport.OpenSearchBackend;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link DirectoryTranslationsTest}'s tests with {@code SEARCH_BACKEND=opensearch}. */
@QuarkusTest
@TestProfile(OpenSearchBackend.class)
class DirectoryTranslationsOnOpenSearchTest extends DirectoryTranslationsTest {
}
