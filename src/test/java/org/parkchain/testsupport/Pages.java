package org.parkchain.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps that browser tests share: log in, wait for a page or a message, switch language, wait for a download. */
public final class Pages {
    private Pages() {
    }

    public static void logIn(ChromeDriver driver, String base, String user) {
        driver.get(base + "/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(RunningApp.DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
    }

    public static void waitForTitle(ChromeDriver driver, String title) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("page-title"), title));
    }

    public static void waitForText(ChromeDriver driver, By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    }

    public static void switchLanguage(ChromeDriver driver, String language, String expectedTitle) {
        languageLink(driver, language).click();
        waitForTitle(driver, expectedTitle);
    }

    /**
     * The shell's language link, once the page shows it (a page asked for while the browser still loads the one a
     * redirect led to may not have it yet); when it never comes, the failure says which page it was and what it showed.
     */
    private static WebElement languageLink(ChromeDriver driver, String language) {
        By link = By.id("shell:lang-" + language);
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.elementToBeClickable(link));
        } catch (TimeoutException e) {
            String text = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("no language switch on " + driver.getCurrentUrl() + " (\"" + driver.getTitle()
                    + "\"): " + text.substring(0, Math.min(600, text.length())), e);
        }
    }

    /**
     * Waits until the login form has taken the user to a page of the portal and that page has loaded (showing who is
     * logged in): a page asked for next must not race the redirect's page still loading.
     */
    public static void waitForLoginToFinish(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login.xhtml")
                && "complete".equals(driver.executeScript("return document.readyState"))
                && !d.findElements(By.id("current-user")).isEmpty());
    }

    /** Switches the language on whatever page is open, and waits until the page is in it. */
    public static void switchLanguageOnAnyPage(ChromeDriver driver, String language) {
        languageLink(driver, language).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language.equals("zh") ? "zh-CN" : "en"));
    }

    public static void waitForLoginPage(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /** Waits until a completed file whose name ends with {@code suffix} is in {@code dir}, and returns it. */
    public static Path waitForDownload(Path dir, String suffix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no *" + suffix + " downloaded into " + dir);
    }
}
