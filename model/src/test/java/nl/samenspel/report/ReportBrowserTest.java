package nl.samenspel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.samenspel.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The report in Debian's Chromium through Selenium: no horizontal overflow at 1280 and 800 px,
 * and at 1280 x 800 the first screen holds the conclusion and the ranking.
 */
@Tag("system")
class ReportBrowserTest {
    @TempDir
    static Path tmp;
    static ChromeDriver driver;
    static Path report;

    @BeforeAll
    static void open() {
        Path chromium = Path.of("/usr/bin/chromium");
        Path chromedriver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String message = "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) throw new AssertionError(message + " and CI=true");
            Assumptions.abort(message);
        }
        Path out = tmp.resolve("cmp");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "compare", "baseline", "no-coordinators", "yearly-funding",
                "caseload-pressure", "tender-churn", "--set", "population.residents=1000", "--years", "2", "-r", "3", "-q", "--ensemble", "0", "--out", out.toString());
        assertEquals(0, code, err.toString());
        report = out.resolve("report.html");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"), "--window-size=1280,800", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).withLogFile(new File(tmp.toFile(), "chromedriver.log")).build();
        driver = new ChromeDriver(service, o);
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
    }

    long js(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }

    void at(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(report.toUri().toString());
    }

    @Test
    void noHorizontalOverflowAt1280Or800() {
        for (int width : new int[] {1280, 800}) {
            at(width, 800);
            long overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow <= 0, "at " + width + " px the page is " + overflow + " px wider than the window");
            long wide = js("var n = 0, w = document.documentElement.clientWidth; document.querySelectorAll('table, img, pre, td').forEach(function (e) {"
                    + " if (e.getBoundingClientRect().right > w + 1 || e.scrollWidth > e.clientWidth + 1) n++; }); return n;");
            assertEquals(0, wide, "elements wider than the window or their cell at " + width + " px");
        }
    }

    @Test
    void theFirstScreenHoldsTheConclusionAndTheRanking() {
        at(1280, 800);
        long height = js("return window.innerHeight");
        assertTrue(height >= 600, "viewport height " + height);
        for (String id : new String[] {"conclusion", "ranking"}) {
            long bottom = js("return Math.ceil(document.getElementById('" + id + "').getBoundingClientRect().bottom)");
            assertTrue(bottom <= height, id + " ends at " + bottom + " px, below the first screen of " + height + " px");
        }
    }
}
