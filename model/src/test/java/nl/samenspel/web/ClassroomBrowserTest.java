package nl.samenspel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One round in Chromium: the teacher's screen (QR code, room code, live tally) and a student's
 * phone (join from the address in the QR code, the chat, the answer, the group's result).
 */
@Tag("system")
class ClassroomBrowserTest {
    @TempDir
    Path dir;

    @Test
    void aStudentPlaysOneRoundWhileTheTeachersScreenFollows() throws Exception {
        try (RoomFixture room = new RoomFixture(dir.resolve("answers.csv"), false)) {
            ChromeDriver teacher = Chromium.start(dir.resolve("teacher"), null, 1280, 1100, false);
            ChromeDriver phone = Chromium.start(dir.resolve("phone"), null, 390, 844, true);
            try {
                teacher.get(room.server.baseUrl() + "/teacher?key=" + room.room.teacherKey());
                assertTrue(teacher.getCurrentUrl().endsWith("/teacher"), "the key leaves the address once the cookie is set");
                assertEquals(room.room.code(), teacher.findElement(By.id("code")).getText());
                Number qrWidth = (Number) teacher.executeScript("return document.querySelector('img.qr').naturalWidth");
                assertTrue(qrWidth.intValue() > 0, "the QR code is drawn");
                String joinUrl = teacher.findElement(By.id("join-url")).getText();

                phone.get(joinUrl);
                assertEquals(room.room.code(), phone.findElement(By.id("code-input")).getAttribute("value"), "the QR address fills in the code");
                phone.findElement(By.id("join-button")).click();
                new WebDriverWait(phone, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/play"));
                // Both screens redraw what they show as the room changes: an element found a moment ago may be gone.
                new WebDriverWait(teacher, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.id("participants")).getText().startsWith("1 deelnemer"));
                Chromium.screenshot(teacher, "classroom-teacher");

                teacher.findElement(By.id("start-round")).click();
                new WebDriverWait(phone, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("help")));
                assertTrue(phone.findElement(By.id("seen")).getText().contains("Alleen jij ziet dit bericht"));
                Chromium.screenshot(phone, "classroom-student");
                phone.findElement(By.id("help")).click();
                new WebDriverWait(phone, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.id("status")).getText().contains("in jouw groep hielpen 1 van de 1"));

                new WebDriverWait(teacher, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .until(d -> "1".equals(d.findElement(By.cssSelector("tr[data-size='1']")).getAttribute("data-helped")));
                String row = new WebDriverWait(teacher, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(By.cssSelector("tr[data-size='1']")).getText());
                assertTrue(row.contains("100 %"), row);
                teacher.executeScript("document.getElementById('tally-h').scrollIntoView()");
                Chromium.screenshot(teacher, "classroom-teacher-result");
            } finally {
                phone.quit();
                teacher.quit();
            }
        }
    }
}
