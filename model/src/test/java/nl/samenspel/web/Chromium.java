package nl.samenspel.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Debian's Chromium under Selenium, headless and offline, with a fresh profile. Missing Chromium
 * skips on a developer's machine and fails under CI=true, so CI cannot skip it silently. The
 * keyboard helpers move focus with Tab only, as a keyboard user would.
 */
public final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots land here as test artefacts (copied by hand into docs/images). */
    public static final Path SHOTS = Path.of("target", "screenshots");

    private Chromium() {}

    public static ChromeDriver start(Path profile, Path downloads, int width, int height, boolean mobile) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            String message = "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(message + " and CI=true");
            Assumptions.abort(message);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BINARY.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=nl-NL");
        if (mobile) o.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        if (downloads != null) o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        return d;
    }

    /** Presses Tab until the element with this id has the focus (at most {@code max} presses). */
    public static WebElement tabTo(WebDriver d, String id, int max) {
        for (int i = 0; i < max; i++) {
            WebElement active = d.switchTo().activeElement();
            if (id.equals(active.getAttribute("id"))) return active;
            new Actions(d).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab did not reach #" + id + " in " + max + " presses");
    }

    /** Replaces the text of the focused field by typing. */
    public static void type(WebDriver d, String text) {
        new Actions(d).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.BACK_SPACE).sendKeys(text).perform();
    }

    public static void press(WebDriver d, CharSequence key) {
        new Actions(d).sendKeys(key).perform();
    }

    public static Path screenshot(WebDriver d, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path p = SHOTS.resolve(name + ".png");
        Files.write(p, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
        return p;
    }
}
