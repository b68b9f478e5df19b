package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The project page in a real browser: headless Chromium logs in on the login page, AUI and the plugin's
 * script load, and an administrator creates a cycle through the plugin's AUI dialog. Skipped without
 * Debian's chromium and chromium-driver, unless CAPOKR_REQUIRE_BROWSER=true (as in CI), which fails instead.
 */
public class ProjectPageBrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @ClassRule
    public static final TemporaryFolder PROFILE = new TemporaryFolder();

    private static ChromeDriverService service;
    private static WebDriver browser;

    @BeforeClass
    public static void startBrowser() throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            if ("true".equalsIgnoreCase(System.getenv("CAPOKR_REQUIRE_BROWSER"))) {
                fail("CAPOKR_REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: apt-get install chromium chromium-driver");
            }
            Assume.assumeTrue("No headless Chromium here: apt-get install chromium chromium-driver", false);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + PROFILE.newFolder("chromium").getAbsolutePath());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        logInAsAdmin();
    }

    @AfterClass
    public static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    public void thePageShowsTheCycleTableWithAuiLoaded() {
        SANDBOX.http().createCycle("Seen in the browser", "2035-01-01", null);

        openMarketing();

        assertThat(cycleNames(), hasItem("Seen in the browser"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals("object", js.executeScript("return typeof window.AJS;"));
        assertEquals("function", js.executeScript("return typeof window.AJS.dialog2;"));
        // the plugin's bundle reached AUI's i18n, as Jira's jsI18n transformer would make it available
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.sidebar.label"),
                js.executeScript("return AJS.I18n.getText('capokr.sidebar.label');"));
    }

    @Test
    public void anAdministratorCreatesACycleInTheDialogAndSeesFieldErrorsFirst() {
        openMarketing();
        WebDriverWait wait = new WebDriverWait(browser, WAIT);

        browser.findElement(By.id("capokr-create-cycle")).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("capokr-cycle-name")));
        browser.findElement(By.id("capokr-cycle-submit")).click();
        WebElement nameError = browser.findElement(By.cssSelector("#capokr-cycle-dialog .error[data-field='name']"));
        wait.until(driver -> !nameError.getText().isBlank());
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.cycle.name.required"), nameError.getText());

        name.sendKeys("Made in the dialog");
        // Typing into a date input depends on the browser's locale; setting its value does not.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2036-01-01';",
                browser.findElement(By.id("capokr-cycle-start")));
        browser.findElement(By.id("capokr-cycle-submit")).click();

        // The script reloads the page after a 201; while it does, the old page's elements go stale.
        wait.ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> cycleNames().contains("Made in the dialog"));
        assertThat(SANDBOX.http().cycleNames(), hasItem("Made in the dialog"));
    }

    private static void logInAsAdmin() {
        browser.get(SANDBOX.uri("/login").toString());
        browser.findElement(By.id("capokr-login-admin")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/projects/MKT"));
    }

    private static void openMarketing() {
        browser.get(SANDBOX.uri("/projects/MKT?selectedItem=io.capokr.jira:okr-project-page").toString());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#capokr-project-page[data-capokr-ready='true']")));
        assertFalse(browser.findElements(By.id("capokr-sandbox-logout")).isEmpty());
    }

    /** Read in one script, so a page that is being replaced cannot hand back half a list. */
    @SuppressWarnings("unchecked")
    private static List<String> cycleNames() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.capokr-cycle-table .capokr-cycle-name'))"
                        + ".map(function (cell) { return cell.textContent.trim(); });");
    }
}
