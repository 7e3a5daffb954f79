package org.firstsession.directory;

import org.firstsession.testsupport.OpenSearchBackend;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link DirectoryNearTest}'s tests with {@code SEARCH_BACKEND=opensearch} (geo_point, geo_distance). */
@QuarkusTest
@TestProfile(OpenSearchBackend.class)
class DirectoryNearOnOpenSearchTest extends DirectoryNearTest {
}
