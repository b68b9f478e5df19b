package io.capokr.sandbox;

import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.Assume;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
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
 * Headless Chromium (Debian's chromium and chromium-driver) driving a {@link RunningSandbox}, as a JUnit class rule.
 * Without Chromium the tests are skipped, unless CAPOKR_REQUIRE_BROWSER=true (as in CI), which fails instead.
 * Screenshots go to {@code target/screenshots/}, for people to look at.
 */
public final class Browser extends ExternalResource {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final RunningSandbox sandbox;
    private final TemporaryFolder profile = new TemporaryFolder();
    private ChromeDriverService service;
    private WebDriver driver;

    public Browser(RunningSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    protected void before() throws Throwable {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            if ("true".equalsIgnoreCase(System.getenv("CAPOKR_REQUIRE_BROWSER"))) {
                fail("CAPOKR_REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: apt-get install chromium chromium-driver");
            }
            Assume.assumeTrue("No headless Chromium here: apt-get install chromium chromium-driver", false);
        }
        profile.create();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile.newFolder("chromium").getAbsolutePath());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    protected void after() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        profile.delete();
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    /** Logs out whoever is logged in, then in as {@code user} from the sandbox's login page. */
    public void logInAs(String user) {
        driver.get(sandbox.uri("/logout").toString());
        driver.get(sandbox.uri("/login").toString());
        driver.findElement(By.id("capokr-login-" + user)).click();
        waiting().until(ExpectedConditions.urlContains("/projects/"));
    }

    /** Opens a project's OKR page (any extra query, such as "lang=fr") and waits for its script. */
    public void openProject(String key, String query) {
        driver.get(sandbox.uri("/projects/" + key + "?selectedItem=io.capokr.jira:okr-project-page"
                + (query == null ? "" : "&" + query)).toString());
        waitUntilReady();
    }

    public void waitUntilReady() {
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#capokr-project-page[data-capokr-ready='true']")));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String cssSelector) {
        return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.textContent.trim(); });", cssSelector);
    }

    public WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Sets form fields by name inside {@code formSelector}, as a user typing them would, without key-by-key typing. */
    public void fill(String formSelector, Map<String, String> values) {
        values.forEach((name, value) -> script(
                "var field = document.querySelector(arguments[0]).elements[arguments[1]];"
                        + "if (field.type === 'checkbox') { field.checked = arguments[2] === 'true'; } else { field.value = arguments[2]; }"
                        + "field.dispatchEvent(new Event('change', {bubbles: true}));",
                formSelector, name, value));
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** A screenshot of the whole page, however long, as a manager would scroll through it (Chrome's DevTools capture). */
    public Path fullPageScreenshot(String name) throws IOException {
        Map<String, Object> metrics = ((ChromeDriver) driver).executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", Math.min(((Number) size.get("height")).doubleValue(), 6000), "scale", 1);
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
        return target;
    }

    /** Renders the page as the browser would print it (CSS print media) until {@link #screenMedia()}. */
    public void printMedia() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    public void screenMedia() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /**
     * Prints the page to A4 portrait as the browser's print dialog would (Chrome's DevTools printToPDF, with the page's
     * own print stylesheet), saves it as {@code name}.pdf next to the screenshots and returns its number of pages.
     */
    public int printToA4(String name) throws IOException {
        Map<String, Object> pdf = ((ChromeDriver) driver).executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", 8.27, "paperHeight", 11.69, "marginTop", 0.4, "marginBottom", 0.4, "marginLeft", 0.4,
                "marginRight", 0.4, "printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".pdf"), bytes);
        // The page tree's root says how many pages there are: "/Type /Pages /Count N" (Chrome writes it uncompressed).
        java.util.regex.Matcher root = java.util.regex.Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)")
                .matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (!root.find()) {
            throw new AssertionError("No page count in the printed " + name + ".pdf");
        }
        int count = Integer.parseInt(root.group(1));
        return count;
    }
}
