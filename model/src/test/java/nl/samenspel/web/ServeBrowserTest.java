package nl.samenspel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The adviser's whole flow in Chromium, with the keyboard only: pick two scenarios, build an own
 * scenario by changing a lever, run 1 year x 3 replications, watch the progress, open the report,
 * take the PDF when the report has one and find the report's findings. Screenshots of the start
 * page, the progress and the report are saved as test artefacts.
 */
@Tag("system")
class ServeBrowserTest {
    @TempDir
    Path dir;

    @Test
    void aKeyboardOnlyComparisonFromStartToReport() throws Exception {
        try (ServeFixture serve = new ServeFixture(dir.resolve("ws"))) {
            ChromeDriver d = Chromium.start(dir.resolve("profile"), dir.resolve("downloads"), 1280, 900, false);
            try {
                d.get(serve.server.baseUrl() + "/");
                new WebDriverWait(d, Duration.ofSeconds(120)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(w -> !w.findElement(By.id("estimate")).getText().equals("…"));
                assertTrue(d.findElement(By.id("scenario-baseline")).isSelected(), "the baseline is chosen by default: the reference");
                Chromium.screenshot(d, "serve-start");
                Chromium.tabTo(d, "scenario-no-coordinators", 80);
                Chromium.press(d, Keys.SPACE);
                Chromium.tabTo(d, "scenario-own", 80);
                Chromium.press(d, Keys.SPACE);
                Chromium.tabTo(d, "own-name", 20);
                Chromium.type(d, "twee-posten");
                Chromium.tabTo(d, "p-coordinators-posts", 20);
                Chromium.type(d, "2");
                Chromium.tabTo(d, "replications", 200);
                Chromium.type(d, "3");
                Chromium.tabTo(d, "years", 5);
                Chromium.type(d, "1");
                assertTrue(d.findElement(By.id("scenario-no-coordinators")).isSelected());
                assertEquals("2", d.findElement(By.id("p-coordinators-posts")).getAttribute("value"));
                Chromium.tabTo(d, "start", 20);
                Chromium.press(d, Keys.ENTER);

                new WebDriverWait(d, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
                String url = d.getCurrentUrl();
                assertTrue(url.matches(".*/comparisons/[0-9]{8}-[0-9]{6}-[a-z0-9]{4}"), url);
                Chromium.screenshot(d, "serve-progress");
                // A second tab sees the same job: its progress while it runs, or its report when a
                // fast machine has finished the three one-year runs before the second browser started.
                WebDriver second = Chromium.start(dir.resolve("profile2"), null, 1000, 700, false);
                try {
                    second.get(url);
                    new WebDriverWait(second, Duration.ofSeconds(30)).until(ExpectedConditions.or(
                            ExpectedConditions.presenceOfElementLocated(By.id("line")),
                            ExpectedConditions.presenceOfElementLocated(By.id("report"))));
                    List<org.openqa.selenium.WebElement> lines = second.findElements(By.id("line"));
                    if (!lines.isEmpty()) {
                        String line = lines.get(0).getText();
                        assertTrue(line.matches("(?s).*(wachtrij|Bezig|Klaar).*"), line);
                    } else {
                        assertTrue(second.findElement(By.id("command")).getText().contains("samenspel compare baseline no-coordinators twee-posten"),
                                "the second tab shows the same, finished job");
                    }
                } finally {
                    second.quit();
                }

                new WebDriverWait(d, Duration.ofMinutes(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
                assertTrue(d.findElement(By.id("command")).getText().contains("samenspel compare baseline no-coordinators twee-posten --replications 3 --years 1"));
                Chromium.screenshot(d, "serve-report");
                boolean pdf = !d.findElements(By.id("pdf")).isEmpty();
                d.switchTo().frame(d.findElement(By.id("report")));
                String report = d.findElement(By.tagName("body")).getText();
                d.switchTo().defaultContent();
                assertTrue(report.contains(ReportFindings.NL_HEADING), "the report shows its findings: " + report.substring(0, Math.min(400, report.length())));
                assertTrue(report.contains("twee-posten") || report.contains("Twee posten"), "the built scenario is in the report");
                if (pdf) {
                    Chromium.tabTo(d, "pdf", 40);
                    Chromium.press(d, Keys.ENTER);
                    Path file = dir.resolve("downloads").resolve("report.pdf");
                    new WebDriverWait(d, Duration.ofSeconds(60)).until(w -> Files.isRegularFile(file));
                    Process p = new ProcessBuilder("pdftotext", file.toString(), "-").redirectErrorStream(true).start();
                    // NFKC: pdftotext writes the "ff" of "effecten" as its ligature
                    String text = java.text.Normalizer.normalize(new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), java.text.Normalizer.Form.NFKC);
                    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
                    assertTrue(text.contains(ReportFindings.NL_HEADING), "the PDF holds the findings");
                }
                System.out.println("ServeBrowserTest: PDF offered by the report: " + pdf);
            } finally {
                d.quit();
            }
            assertEquals(1, serve.workspace.list().size());
            assertEquals(List.of("baseline", "no-coordinators", "twee-posten"), serve.workspace.list().get(0).scenarios());
        }
    }
}
