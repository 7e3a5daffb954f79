package org.firstsession.testsupport;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A person with a fresh identity (unique subject) and a valid token, so tests never share accounts. */
public record TestUser(String subject, String name, String email, String token) {

    public static TestUser client() {
        return create("client", false);
    }

    public static TestUser admin() {
        return create("admin", true);
    }

    /** Signed up, but has not opened the verification link yet ({@code email_verified: false}). */
    public static TestUser unverifiedClient() {
        return create("unverified", false, b -> b.emailVerified(false));
    }

    /** Has the admin role but logged in with a password alone (no second factor in {@code amr}). */
    public static TestUser adminWithoutSecondFactor() {
        return create("admin-1fa", true, b -> b.amr("pwd"));
    }

    private static TestUser create(String kind, boolean admin) {
        return create(kind, admin, b -> b);
    }

    private static TestUser create(String kind, boolean admin, java.util.function.UnaryOperator<Tokens.Builder> adjust) {
        String subject = kind + "-" + UUID.randomUUID();
        String name = "Test " + kind + " " + subject.substring(subject.length() - 6);
        String email = subject + "@example.org";
        Tokens.Builder builder = Tokens.forSubject(subject).name(name).email(email);
        if (admin) {
            builder.role("admin");
        }
        return new TestUser(subject, name, email, adjust.apply(builder).sign());
    }

    /** A request as this user, sending and accepting JSON. */
    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
