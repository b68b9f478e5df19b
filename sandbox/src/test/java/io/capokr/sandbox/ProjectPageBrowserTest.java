package io.capokr.sandbox;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.Locale;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The project page in a real browser: headless Chromium logs in on the login page, AUI and the plugin's
 * script load, and an administrator creates a cycle through the plugin's AUI dialog.
 */
public class ProjectPageBrowserTest {

    private static final RunningSandbox SANDBOX = new RunningSandbox();
    private static final Browser BROWSER = new Browser(SANDBOX);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(SANDBOX).around(BROWSER);

    @BeforeClass
    public static void logInAsAdmin() {
        BROWSER.logInAs("admin");
    }

    @Test
    public void thePageListsTheCyclesInItsPickerWithAuiLoaded() {
        SANDBOX.http().createCycle("Seen in the browser", "2035-01-01", null);

        openMarketing();

        assertThat(cycleNames(), hasItem("Seen in the browser"));
        assertEquals("object", BROWSER.script("return typeof window.AJS;"));
        assertEquals("function", BROWSER.script("return typeof window.AJS.dialog2;"));
        // the plugin's bundle reached AUI's i18n, as Jira's jsI18n transformer would make it available
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.sidebar.label"),
                BROWSER.script("return AJS.I18n.getText('capokr.sidebar.label');"));
    }

    @Test
    public void anAdministratorCreatesACycleInTheDialogAndSeesFieldErrorsFirst() {
        openMarketing();
        WebDriverWait wait = BROWSER.waiting();

        BROWSER.driver().findElement(By.id("capokr-create-cycle")).click();
        WebElement name = BROWSER.visible(By.id("capokr-cycle-name"));
        BROWSER.driver().findElement(By.id("capokr-cycle-submit")).click();
        WebElement nameError = BROWSER.driver().findElement(By.cssSelector("#capokr-cycle-dialog .error[data-field='name']"));
        wait.until(driver -> !nameError.getText().isBlank());
        assertEquals(SandboxHttp.pluginText(Locale.ENGLISH, "capokr.error.cycle.name.required"), nameError.getText());

        name.sendKeys("Made in the dialog");
        // Typing into a date input depends on the browser's locale; setting its value does not.
        BROWSER.script("arguments[0].value = '2036-01-01';", BROWSER.driver().findElement(By.id("capokr-cycle-start")));
        BROWSER.driver().findElement(By.id("capokr-cycle-submit")).click();

        // The script reloads the page after a 201; while it does, the old page's elements go stale.
        wait.ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class)
                .until(driver -> cycleNames().contains("Made in the dialog"));
        assertThat(SANDBOX.http().cycleNames(), hasItem("Made in the dialog"));
    }

    private static void openMarketing() {
        BROWSER.openProject("MKT", null);
        assertFalse(BROWSER.driver().findElements(By.id("capokr-sandbox-logout")).isEmpty());
    }

    /** The cycle picker's names (each option reads "name · dates · state"), read in one script. */
    private static List<String> cycleNames() {
        return BROWSER.texts("#capokr-cycle-picker option").stream().map(label -> label.split(" \\u00b7 ")[0]).toList();
    }
}
