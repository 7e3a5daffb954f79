package org.firstsession.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accounts people open themselves, in Chromium against the real Keycloak (the reference realm) and GreenMail, with
 * axe-core on every page of ours that the people see:
 * <ol>
 * <li>a new person signs up from a profile's "Log in or Sign up" on Keycloak's registration form; Keycloak holds the
 * login back until the address is verified and nothing can be booked; the verification email (the realm's SMTP
 * settings, delivered to GreenMail) has a link that verifies the address, asks for the password (Keycloak 26.7 sets
 * it only after the verification) and lands the person back on the profile, logged in, where they book;</li>
 * <li>someone whose address is not verified (a provider that lets them in anyway) sees the reason and the resend
 * button instead of the booking form; the button has the provider send the verification email again (Keycloak asks
 * "Send email?" once more), and its link brings them back verified, with the booking form;</li>
 * <li>a person resets a forgotten password through "Forgot Password?" and the emailed link;</li>
 * <li>a specialist starts at "For specialists", signs up and lands on the profile form;</li>
 * <li>an admin without a second factor gets 403 on the admin pages of an instance with {@code ADMIN_REQUIRE_MFA} on,
 * sets up an authenticator app from {@code /account} (codes computed here from the secret Keycloak shows), logs in
 * with the code and gets in.</li>
 * </ol>
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsBrowserIT {

    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");
    private static final RealmUser SPECIALIST = new RealmUser("acc-sofia", "sofia-password-1", "Sofia Signup", "sofia@example.org");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final JourneyIT.StepByStep STEPS = new JourneyIT.StepByStep();

    private E2eEnvironment env;
    private String specialistId;
    private ChildProcess strictInstance;

    @BeforeAll
    void start(E2eEnvironment env) {
        this.env = env;
        env.keycloak().createUser(SPECIALIST.username(), SPECIALIST.password(), "Sofia", "Signup", SPECIALIST.email());
        Map<String, Object> profile = new HashMap<>();
        profile.put("displayName", "Dr Sofia Signup");
        profile.put("professionalTitle", "Counsellor");
        profile.put("bio", "I help adults through change and loss.");
        profile.put("specialties", List.of("grief-loss"));
        profile.put("languages", List.of("en"));
        profile.put("sessionFormats", List.of("online"));
        profile.put("country", "GB");
        profile.put("timeZone", "Europe/London");
        specialistId = env.as(SPECIALIST).body(profile).post("/api/specialists").then().statusCode(201).extract().path("id");
        env.as(SPECIALIST).post("/api/specialists/" + specialistId + "/publish").then().statusCode(200);
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3));
        for (int hour : new int[] { 9, 10, 11 }) {
            env.as(SPECIALIST).body(Map.of("startsAt", day.plus(Duration.ofHours(hour)).toString()))
                    .post("/api/specialists/" + specialistId + "/slots").then().statusCode(201);
        }
    }

    @AfterAll
    void stop() {
        if (strictInstance != null) {
            strictInstance.close();
        }
    }

    private long specialistsBookings() {
        return env.as(SPECIALIST).get("/api/bookings?as=specialist").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** The link of an email Keycloak sent (verification, password reset), opened as the person would. */
    private static String actionLink(MimeMessage email) {
        Matcher link = ACTION_LINK.matcher(Mailbox.part(email, "text/plain"));
        assertTrue(link.find(), "no action link in the email");
        return link.group().replace("&amp;", "&");
    }

    /** Keycloak sometimes confirms an action link first and offers "Click here to proceed". */
    private static void proceed(Browser browser) {
        browser.all("a").stream().filter(a -> a.getText().toLowerCase().contains("click here to proceed")).findFirst()
                .ifPresent(org.openqa.selenium.WebElement::click);
    }

    private static void waitForUrl(Browser browser, String prefix) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    private static void waitForText(Browser browser, String lowerCaseText) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> browser.text().toLowerCase().contains(lowerCaseText));
    }

    /** Keycloak's registration form: no password on it while the realm verifies emails (Keycloak 26.7), else one. */
    private static void register(Browser person, String username, String email, String first, String last, String password) {
        person.find("#kc-register-form");
        if (!person.all("#username").isEmpty()) {
            person.find("#username").sendKeys(username);
        }
        person.find("#email").sendKeys(email);
        person.find("#firstName").sendKeys(first);
        person.find("#lastName").sendKeys(last);
        if (!person.all("#password").isEmpty()) {
            person.find("#password").sendKeys(password);
            person.find("#password-confirm").sendKeys(password);
        }
        person.find("#kc-register-form [type=submit]").click();
    }

    /** Opens the verification link and, if Keycloak asks for it now, sets the password; then back at the app. */
    private void verifyByEmail(Browser person, String email, String password) {
        MimeMessage verification = env.mailbox().awaitLatestTo(email, "erif", MAIL_WAIT);
        person.open(actionLink(verification));
        proceed(person);
        new WebDriverWait(person.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(env.appUrl())
                || !person.all("#password-new").isEmpty());
        if (!person.driver().getCurrentUrl().startsWith(env.appUrl())) {
            person.find("#password-new").sendKeys(password);
            person.find("#password-confirm").sendKeys(password);
            person.find("#kc-passwd-update-form [type=submit]").click();
        }
        waitForUrl(person, env.appUrl());
    }

    @Test
    @Order(1)
    void a_new_person_signs_up_verifies_the_email_and_books_a_free_consultation() {
        String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        String password = "a-long-passphrase-1";
        try (Browser person = Browser.start(env.appUrl())) {
            person.open("/specialists/" + specialistId);
            assertTrue(person.text().contains("You need to be logged in to book a free consultation — Log in or Sign up"),
                    person.text());
            person.assertAccessible("profile for visitors (log in or sign up)");
            person.find("#book a[href^='/signup?next=']").click();

            // Keycloak's registration page (prompt=create).
            register(person, username, email, "Nora", "Newcomer", password);

            // Before verifying: the provider holds the login back and says why; the app still sees a visitor.
            waitForText(person, "verify your email");
            assertFalse(person.driver().getCurrentUrl().startsWith(env.appUrl()), "held at the provider until verified");
            person.open("/specialists/" + specialistId);
            assertTrue(person.text().contains("Log in or Sign up"), person.text());
            assertTrue(person.all("#booking-form").isEmpty(), "no booking form before the address is verified");
            assertEquals(0, specialistsBookings(), "nothing is booked before the address is verified");

            // The verification email arrives; its link verifies the address, Keycloak asks for the password, and the
            // person is back on the profile (the signup's next), logged in.
            verifyByEmail(person, email, password);
            person.waitForPath("/specialists/" + specialistId);
            assertTrue(person.text().contains("Log out"), person.text());
            person.assertAccessible("profile, logged in and verified");
            person.find("#booking-form input[name=slotId]").click();
            person.find("#booking-form input[name=consentVersion]").click();
            person.find("#booking-form button[type=submit]").click();
            person.waitForPath("/bookings/");
            assertTrue(person.text().contains("Your free consultation is booked"), person.text());
            assertTrue(person.text().contains("Dr Sofia Signup"), person.text());
            person.assertAccessible("booking confirmation");
        }
        assertEquals(1, specialistsBookings());
        // The new account is an ordinary, verified login (email as the user name works too).
        assertEquals("Nora Newcomer", env.app().auth().oauth2(env.keycloak().passwordGrant(KeycloakServer.WEB_CLIENT,
                email, password).value()).get("/api/me").then().statusCode(200).extract().path("displayName"));
    }

    @Test
    @Order(2)
    void an_unverified_person_sees_why_and_resends_the_verification_from_the_page() {
        // A provider that lets people in before they verify (the reference realm does not: switched off for this test).
        String username = "unverified-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        String password = "unverified-password-1";
        env.keycloak().createUnverifiedUser(username, password, "Ursula", "Unverified", email);
        Object verifyEmail = env.keycloak().setRealmSetting("verifyEmail", false);
        try (Browser person = Browser.start(env.appUrl())) {
            person.open("/login?next=/specialists/" + specialistId);
            person.logInOnKeycloak(new RealmUser(username, password, "Ursula Unverified", email));
            person.waitForPath("/specialists/" + specialistId);
            assertTrue(person.text().contains("Log out"), person.text());
            assertTrue(person.all("#booking-form").isEmpty(), "no booking form for an unverified address");
            assertTrue(person.find("#book #verify-email").getText().contains("Please verify your email address first"),
                    person.text());
            person.assertAccessible("profile, address not verified");
            long bookings = specialistsBookings();

            person.find("#book form[action='/account/provider/verify-email'] button").click();
            // Keycloak (kc_action=VERIFY_EMAIL) asks once more before it sends the email, then says it did.
            new WebDriverWait(person.driver(), Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().startsWith(env.appUrl()));
            person.find("#kc-verify-email-form input[type=submit]").click();
            waitForText(person, "email");
            verifyByEmail(person, email, password);
            person.waitForPath("/specialists/" + specialistId);
            person.find("#booking-form");
            assertTrue(person.all("#verify-email").isEmpty(), person.text());
            assertEquals(bookings, specialistsBookings(), "nothing was booked on the way");
        } finally {
            env.keycloak().setRealmSetting("verifyEmail", verifyEmail == null ? Boolean.TRUE : verifyEmail);
        }
    }

    @Test
    @Order(3)
    void a_person_resets_a_forgotten_password_through_the_email_link() {
        String username = "forgetful-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        env.keycloak().createUser(username, "the-old-password-1", "Frank", "Forgetful", email);
        try (Browser person = Browser.start(env.appUrl())) {
            person.open("/account");
            person.find("#kc-form-login");
            person.find("a[href*='reset-credentials']").click();
            person.find("#username").sendKeys(email);
            person.find("[type=submit]").click();
            waitForText(person, "email");

            MimeMessage reset = env.mailbox().awaitTo(email, "eset", MAIL_WAIT);
            person.open(actionLink(reset));
            proceed(person);
            person.find("#password-new").sendKeys("the-new-password-2");
            person.find("#password-confirm").sendKeys("the-new-password-2");
            person.find("#kc-passwd-update-form [type=submit]").click();
            waitForUrl(person, env.appUrl());
            person.waitForPath("/account");
            assertTrue(person.text().contains("Frank Forgetful"), person.text());
            person.assertAccessible("account");
        }
        env.keycloak().passwordGrant(KeycloakServer.WEB_CLIENT, username, "the-new-password-2");
    }

    @Test
    @Order(4)
    void a_specialist_signs_up_from_for_specialists_and_lands_on_the_profile_form() {
        String username = "therapist-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        String password = "therapist-password-1";
        try (Browser specialist = Browser.start(env.appUrl())) {
            specialist.open("/");
            specialist.find("footer a[href='/for-specialists']").click();
            specialist.waitForPath("/for-specialists");
            assertTrue(specialist.text().contains("The free consultation promise"), specialist.text());
            assertTrue(specialist.text().contains("To create your specialist profile, please log in to your account — Log in or Sign up"),
                    specialist.text());
            specialist.assertAccessible("for specialists");
            specialist.find("main a[href^='/signup?next=']").click();

            register(specialist, username, email, "Theo", "Therapist", password);
            waitForText(specialist, "verify your email");
            verifyByEmail(specialist, email, password);
            specialist.waitForPath("/specialist/profile");
            assertEquals("Create my specialist profile", specialist.find("main h1").getText());
            specialist.find("#profile-form");
            specialist.assertAccessible("the profile form after signing up");
        }
    }

    @Test
    @Order(5)
    void an_admin_gets_in_only_after_logging_in_with_a_second_factor() throws Exception {
        int port = FreePorts.next();
        int managementPort = FreePorts.next();
        String url = "http://127.0.0.1:" + port;
        env.keycloak().allowRedirect(KeycloakServer.WEB_CLIENT, url + "/*");
        strictInstance = env.startExtraInstance("mfa instance", Map.of("QUARKUS_HTTP_PORT", String.valueOf(port),
                "MANAGEMENT_PORT", String.valueOf(managementPort), "PUBLIC_BASE_URL", url, "CORS_ORIGINS", url,
                "ADMIN_REQUIRE_MFA", "true"), "http://127.0.0.1:" + managementPort + "/q/health/ready");
        String username = "mfa-admin-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "admin-password-1";
        env.keycloak().createUser(username, password, "Olga", "Otp", username + "@example.org");
        env.keycloak().grantRealmRole(username, "admin");

        try (Browser admin = Browser.start(url)) {
            admin.open("/login?next=/admin");
            admin.find("#username").sendKeys(username);
            admin.find("#password").sendKeys(password);
            admin.find("#kc-login").click();
            waitForUrl(admin, url);
            assertTrue(admin.text().contains("You can't do that here"), "403 without a second factor: " + admin.text());
            admin.assertAccessible("403 page");
            admin.open("/account");
            assertTrue(admin.text().contains("admin pages open only after a login with two factors"), admin.text());
            admin.assertAccessible("account of an admin without a second factor");

            // Set up an authenticator app at Keycloak; the code is computed here from the secret it shows.
            admin.find("form[action='/account/provider/two-factor'] button").click();
            admin.find("#mode-manual").click();
            String secret = admin.find("#kc-totp-secret-key").getText().replace(" ", "");
            String setupCode = totp(secret, Instant.now());
            admin.find("#totp").sendKeys(setupCode);
            admin.find("#saveTOTPBtn").click();
            waitForUrl(admin, url);
            admin.waitForPath("/account");

            // The session that set it up logged in with a password only; the next login asks for the code.
            admin.find("header form[action='/logout'] button").click();
            waitForUrl(admin, url);
            admin.open("/login?next=/admin");
            admin.find("#username").sendKeys(username);
            admin.find("#password").sendKeys(password);
            admin.find("#kc-login").click();
            admin.find("#otp");
            String code = totp(secret, Instant.now());
            while (code.equals(setupCode)) { // a code is accepted once: wait for the next one
                Thread.sleep(1000);
                code = totp(secret, Instant.now());
            }
            admin.find("#otp").sendKeys(code);
            admin.find("#kc-login").click();
            waitForUrl(admin, url);
            admin.waitForPath("/admin");
            assertEquals(1, admin.all("header a[href='/admin']").size(), admin.text());
            assertNotEquals("You can't do that here", admin.find("main h1").getText());
            admin.assertAccessible("admin home after a login with two factors");
        }
    }

    /** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s): what the realm's OTP policy and authenticator apps use. */
    static String totp(String base32Secret, Instant at) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.toUpperCase().replace("=", "");
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
