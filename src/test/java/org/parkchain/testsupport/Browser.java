package org.parkchain.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing is downloaded). Without them the browser
 * tests are skipped with a loud warning, unless PARKCHAIN_REQUIRE_BROWSER=true (CI), which makes that a failure.
 */
public final class Browser {
    private static final Logger LOG = Logger.getLogger(Browser.class.getName());
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(String acceptLanguage) {
        return start(acceptLanguage, null);
    }

    /** A browser that saves downloads, without asking, into {@code downloads} (when not null). */
    public static ChromeDriver start(String acceptLanguage, Path downloads) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String message = "BROWSER TESTS NOT RUN: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                    + "(apt-get install chromium chromium-driver)";
            if (Boolean.parseBoolean(System.getenv("PARKCHAIN_REQUIRE_BROWSER"))) {
                Assertions.fail(message + " and PARKCHAIN_REQUIRE_BROWSER=true");
            }
            LOG.severe("\n\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=" + acceptLanguage);
        java.util.Map<String, Object> prefs = new java.util.HashMap<>();
        prefs.put("intl.accept_languages", acceptLanguage);
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("safebrowsing.enabled", true);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves a screenshot to target/screenshots/NAME.png, for people to look at. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warning("screenshot " + name + " not saved: " + e.getMessage());
        }
    }
}
