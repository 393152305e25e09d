package org.parkchain.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * Every page of every role fits the screen at desktop (1,280 px) and phone (390 px) width, in English and Chinese:
 * the page does not scroll sideways and nothing on it is cut off or scrolls inside a box (a table that does not fit
 * reflows instead). The pages are those the authorization matrix serves to each role.
 */
class LayoutBrowserIT {
    static final int[] WIDTHS = {1280, 390};
    /** One demo user per role, in the matrix's column order (after ANONYMOUS). */
    static final String[] USERS = {"resident05", "sales1", "large1", "gen1", "station1", "regulator", "admin"};
    /** Lists what does not fit: the page's own sideways scroll, and boxes whose content is wider than they are. */
    static final String CHECK = """
            const w = window.innerWidth, out = [];
            if (document.documentElement.scrollWidth > w) {
              out.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
              for (const e of document.querySelectorAll('body *')) {
                const b = e.getBoundingClientRect();
                if (b.right > w + 1 && b.width > 0 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))
                  out.push('beyond the edge: ' + (e.id || e.tagName) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
              }
            }
            for (const e of document.querySelectorAll('body *')) {
              if (e.closest('pre, textarea, svg, .ui-helper-hidden-accessible')) continue;
              const cs = getComputedStyle(e);
              if (cs.display === 'none' || cs.visibility === 'hidden') continue;
              if (cs.overflowX !== 'visible' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
                out.push('cut off or scrolling inside: ' + (e.id || e.tagName + '.' + String(e.className).split(' ')[0])
                    + ' ' + e.scrollWidth + ' px in ' + e.clientWidth);
            }
            return out.slice(0, 12);""";

    static String base;
    ChromeDriver driver;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        // resident05 gets a load profile, so that the plans page shows its ranking table
        WebClient resident = ParticipantLoad.loggedIn(base, "resident05");
        resident.send(HttpRequest.newBuilder(URI.create(base + "/api/agreements/profile/readings"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(hourly(
                        LocalDateTime.of(2026, 3, 2, 0, 0), 7 * 24))).build());
    }

    static String hourly(LocalDateTime start, int hours) {
        StringBuilder out = new StringBuilder("timestamp,kWh\n");
        for (int h = 0; h < hours; h++) {
            out.append(start.plusHours(h).toString().replace('T', ' ')).append(",0.5\n");
        }
        return out.toString();
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The pages the authorization matrix serves (200) to each role: role column → paths. */
    static Map<Integer, List<String>> pagesByRole() throws IOException {
        Map<Integer, List<String>> pages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/authorization-matrix.csv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",");
            String path = cells[1].trim();
            if (!"GET".equals(cells[0].trim()) || !path.endsWith(".xhtml") || path.startsWith("/login")
                    || path.equals("/index.xhtml") || path.contains("WEB-INF")) {
                continue;
            }
            for (int role = 0; role < USERS.length; role++) {
                if ("200".equals(cells[3 + role].trim())) {
                    pages.computeIfAbsent(role, r -> new ArrayList<>()).add(path);
                }
            }
        }
        return pages;
    }

    @Test
    void everyPageOfEveryRoleFitsDesktopAndPhoneInBothLanguages() throws IOException {
        List<String> misfits = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Integer, List<String>> role : pagesByRole().entrySet()) {
            String user = USERS[role.getKey()];
            driver = Browser.start("en-GB");
            Pages.logIn(driver, base, user);
            Pages.waitForLoginToFinish(driver);
            for (String language : new String[] {"en", "zh"}) {
                Pages.switchLanguageOnAnyPage(driver, language);
                for (int width : WIDTHS) {
                    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                            "height", 900, "deviceScaleFactor", 1, "mobile", false));
                    for (String path : role.getValue()) {
                        driver.get(base + path);
                        assertEquals(width, ((Number) driver.executeScript("return window.innerWidth")).intValue());
                        @SuppressWarnings("unchecked")
                        List<String> found = (List<String>) driver.executeScript(CHECK);
                        if (!found.isEmpty()) {
                            misfits.add(user + " " + language + " " + width + " px " + path + ": " + found);
                            Browser.screenshot(driver, "misfit-" + user + "-" + language + "-" + width
                                    + path.replace('/', '-').replace(".xhtml", ""));
                        }
                        checked++;
                    }
                }
            }
            Pages.switchLanguageOnAnyPage(driver, "en");
            driver.quit();
            driver = null;
        }
        assertTrue(checked > 100, "pages checked: " + checked);
        assertTrue(misfits.isEmpty(), misfits.size() + " pages do not fit:\n" + String.join("\n", misfits));
    }
}
