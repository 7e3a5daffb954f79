package org.firstsession.photo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.firstsession.testsupport.Profiles;
import org.firstsession.testsupport.Specialists;
import org.firstsession.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * Specialists' photos are uploaded to us, re-encoded and served from our own address (issue #14: photos
 * loaded from any https host told that host who looked at which therapist); the pages allow only our own
 * images; the photo is in the export and gone after erasure.
 */
@QuarkusTest
class PhotoTest {

    private static final String UPLOAD = "/api/me/specialist/photo";

    @Inject
    EntityManager em;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color((x * 7) % 256, (y * 3) % 256, 120).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static ValidatableResponse upload(TestUser user, String contentType, byte[] body) {
        return given().auth().oauth2(user.token()).contentType(contentType).accept("application/json").body(body)
                .put(UPLOAD).then();
    }

    @Test
    void a_specialist_uploads_a_photo_that_we_serve_re_encoded_and_cacheable() throws IOException {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Portrait"));
        String url = upload(s.owner(), "image/png", image("png", 800, 600)).statusCode(200)
                .body("photoUrl", startsWith("/photos/")).body("width", equalTo(512)).body("height", equalTo(384))
                .extract().path("photoUrl");

        TestUser.anonymous().get("/api/specialists/" + s.id()).then().body("photoUrl", equalTo(url));
        TestUser.anonymous().queryParam("q", "Portrait").get("/api/specialists").then()
                .body("items.find { it.id == '" + s.id() + "' }.photoUrl", equalTo(url));
        byte[] served = given().get(url).then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", equalTo("public, max-age=86400"))
                .header("ETag", notNullValueString())
                .extract().asByteArray();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(served));
        assertEquals(512, decoded.getWidth());
        assertEquals(384, decoded.getHeight());
        String etag = given().get(url).then().extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        // The profile can be saved as read back (PUT replaces every field): the photo address is echoed.
        Map<String, Object> body = Profiles.with(Profiles.complete("Dr. Portrait"), "photoUrl", url);
        s.owner().request().body(body).put("/api/specialists/" + s.id()).then().statusCode(204);
    }

    @Test
    void nothing_of_the_upload_survives_but_its_pixels() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Polyglot"));
        byte[] jpeg = image("jpeg", 200, 200);
        byte[] trailer = "<script>alert('GPS 52.52,13.40')</script>".getBytes(StandardCharsets.US_ASCII);
        byte[] upload = new byte[jpeg.length + trailer.length];
        System.arraycopy(jpeg, 0, upload, 0, jpeg.length);
        System.arraycopy(trailer, 0, upload, jpeg.length, trailer.length);
        String url = upload(s.owner(), "image/jpeg", upload).statusCode(200).extract().path("photoUrl");
        String served = new String(given().get(url).then().statusCode(200).extract().asByteArray(), StandardCharsets.ISO_8859_1);
        assertFalse(served.contains("script"), "appended content is dropped");
        assertFalse(served.contains("GPS"), "appended content is dropped");
    }

    @Test
    void only_readable_jpeg_or_png_images_of_a_sensible_size_are_accepted() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Picky"));
        upload(s.owner(), "image/png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .statusCode(422).contentType("application/problem+json").body("type", endsWith("/photo-unusable"));
        upload(s.owner(), "image/png", image("gif", 100, 100)).statusCode(422).body("type", endsWith("/photo-unusable"));
        upload(s.owner(), "image/png", image("png", 20, 20)).statusCode(422).body("detail", containsString("too small"));
        upload(s.owner(), "image/png", image("png", 6001, 64)).statusCode(422).body("detail", containsString("too large"));
        upload(s.owner(), "text/plain", image("png", 100, 100)).statusCode(415).contentType("application/problem+json");
        upload(s.owner(), "image/jpeg", new byte[5 * 1024 * 1024 + 1]).statusCode(413)
                .contentType("application/problem+json");
        // Other requests keep their small limit.
        s.owner().request().body("{\"displayName\": \"" + "x".repeat(70_000) + "\"}").put("/api/specialists/" + s.id())
                .then().statusCode(413);
        TestUser.anonymous().get("/api/specialists/" + s.id()).then().body("photoUrl", nullValue());
    }

    @Test
    void only_the_owner_uploads_and_only_with_a_profile() {
        given().contentType("image/png").body(image("png", 100, 100)).put(UPLOAD).then().statusCode(401)
                .contentType("application/problem+json");
        upload(TestUser.client(), "image/png", image("png", 100, 100)).statusCode(404);
        given().delete(UPLOAD).then().statusCode(401);
    }

    @Test
    void a_new_upload_replaces_the_old_photo_and_removing_it_clears_the_profile() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Changes"));
        String first = upload(s.owner(), "image/png", image("png", 100, 100)).statusCode(200).extract().path("photoUrl");
        String second = upload(s.owner(), "image/jpeg", image("jpeg", 120, 100)).statusCode(200).extract().path("photoUrl");
        assertNotEquals(first, second);
        given().get(first).then().statusCode(404);
        given().get(second).then().statusCode(200);
        s.owner().request().delete(UPLOAD).then().statusCode(204);
        given().get(second).then().statusCode(404);
        TestUser.anonymous().get("/api/specialists/" + s.id()).then().body("photoUrl", nullValue());
        s.owner().request().delete(UPLOAD).then().statusCode(204);
    }

    @Test
    void photos_of_drafts_and_suspended_profiles_are_not_public() {
        Specialists.Owned draft = Specialists.draft(Profiles.complete("Dr. Not Yet"));
        String url = upload(draft.owner(), "image/png", image("png", 100, 100)).statusCode(200).extract().path("photoUrl");
        given().get(url).then().statusCode(404);
        draft.owner().request().post("/api/specialists/" + draft.id() + "/publish").then().statusCode(200);
        given().get(url).then().statusCode(200);
        TestUser.admin().request().body(Map.of("reason", "review")).post("/api/admin/specialists/" + draft.id() + "/suspend")
                .then().statusCode(200);
        given().get(url).then().statusCode(404);
        given().get("/photos/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void pages_load_images_only_from_our_own_address() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("img-src 'self';"))
                .header("Content-Security-Policy", not(containsString("https:")));
    }

    @Test
    void the_photo_is_in_the_export_and_gone_after_erasure() {
        Specialists.Owned s = Specialists.published(Profiles.complete("Dr. Exported"));
        String url = upload(s.owner(), "image/png", image("png", 100, 100)).statusCode(200).extract().path("photoUrl");
        String base64 = s.owner().request().get("/api/me/export").then().statusCode(200)
                .body("specialistPhoto.url", equalTo(url))
                .body("specialistPhoto.contentType", equalTo("image/jpeg"))
                .extract().path("specialistPhoto.base64");
        assertNotNull(base64);
        s.owner().request().body(Map.of("confirm", "DELETE MY ACCOUNT")).delete("/api/me").then().statusCode(204);
        given().get(url).then().statusCode(404);
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM specialist_photo WHERE specialist_id = ?1").setParameter(1, UUID.fromString(s.id()))
                .getSingleResult()).longValue());
        assertEquals(0L, rows);
    }

    private static org.hamcrest.Matcher<String> notNullValueString() {
        return org.hamcrest.Matchers.notNullValue(String.class);
    }
}
