package org.firstsession.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The shared machinery of the access-matrix tests: each feature's test lists its endpoints as {@link Row}s,
 * with the status every caller must get (in the order of the test's own {@code Caller} enum), makes fresh
 * data per cell and {@link #call}s the row as that caller. Every refusal must be a problem+json.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    /** One endpoint; {@code {name}} in the path and body is replaced by the cell's values. */
    public record Row(String method, String path, Object body, String accept, int... expected) {

        public Row(String method, String path, Object body, int... expected) {
            this(method, path, body, "application/json", expected);
        }

        public int expectedFor(Enum<?> caller) {
            return expected[caller.ordinal()];
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every row with every caller: the arguments of a {@code @ParameterizedTest(name = "{0} as {1}")}. */
    public static Stream<Arguments> cells(Enum<?>[] callers, Row... rows) {
        for (Row row : rows) {
            if (row.expected().length != callers.length) {
                throw new IllegalArgumentException(row + ": " + row.expected().length + " statuses for "
                        + callers.length + " callers");
            }
        }
        return Stream.of(rows).flatMap(row -> Stream.of(callers).map(caller -> Arguments.of(row, caller)));
    }

    /**
     * Calls the row as {@code user} (null: anonymous) and asserts the caller's status. A {@code String}
     * body has the placeholders replaced; any other body (a map) is sent as JSON.
     */
    public static ValidatableResponse call(Row row, Enum<?> caller, TestUser user, Map<String, String> values) {
        RequestSpecification request = user == null ? given() : given().auth().oauth2(user.token());
        request.contentType(ContentType.JSON).accept(row.accept());
        if (row.body() != null) {
            request.body(row.body() instanceof String text ? fill(text, values) : row.body());
        }
        int expected = row.expectedFor(caller);
        ValidatableResponse response = request.request(row.method(), fill(row.path(), values)).then().statusCode(expected);
        if (expected >= 400) {
            response.contentType("application/problem+json");
        }
        return response;
    }

    private static String fill(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            out = out.replace("{" + value.getKey() + "}", value.getValue());
        }
        return out;
    }
}
