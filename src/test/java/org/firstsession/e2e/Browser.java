package org.firstsession.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a download: Selenium Manager is
 * bypassed by naming both binaries). Runs axe-core (vendored in src/test/resources/axe, MPL-2.0) on a page
 * and fails on serious or critical violations; saves screenshots at desktop and phone width to
 * docs/screenshots. Each instance has its own fresh profile directory, so cookies never leak between users.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshots", "docs/screenshots"));
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    static Browser start(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("fs-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-GB", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(DESKTOP);
        return new Browser(driver, profile, baseUrl);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the app (or a full URL). */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        return this;
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (StaleElementReferenceException replaced) {
                // The page was replaced between finding its body and reading it (a form's answer arriving): read the new one.
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** Waits until the current URL's path starts with {@code prefix}. */
    Browser waitForPath(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> path().startsWith(prefix));
        return this;
    }

    /** Logs in on Keycloak's own login form (the real authorization-code flow), starting from a "Log in" link. */
    Browser logInOnKeycloak(RealmUser user) {
        find("#username").sendKeys(user.username());
        find("#password").sendKeys(user.password());
        find("#kc-login").click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(baseUrl));
        return this;
    }

    /** Runs axe-core on the current page; fails listing every serious or critical violation. */
    @SuppressWarnings("unchecked")
    void assertAccessible(String name) {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));""");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " at " + violation.get("nodes"));
            }
        }
        if (!serious.isEmpty()) {
            throw new AssertionError("axe-core found accessibility violations on " + name + " (" + path() + "):\n  "
                    + String.join("\n  ", serious));
        }
    }

    /** Saves docs/screenshots/{name}-desktop.png and -phone.png of the current page (full page height). */
    void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            shoot(DESKTOP, SCREENSHOTS.resolve(name + "-desktop.png"));
            shoot(PHONE, SCREENSHOTS.resolve(name + "-phone.png"));
            driver.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void shoot(Dimension size, Path file) throws IOException {
        driver.manage().window().setSize(size);
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        int fullHeight = Math.min(Math.max(size.height, height.intValue()), 4000);
        driver.manage().window().setSize(new Dimension(size.width, fullHeight));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from src/test/resources/axe");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp dir left behind is harmless
            }
        }
    }
}
