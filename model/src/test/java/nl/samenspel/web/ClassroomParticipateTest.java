package nl.samenspel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class as the experiment over loopback: 30 simulated phones, three rounds, and the rules of the room. */
@Tag("system")
class ClassroomParticipateTest {
    @TempDir
    Path dir;

    private static List<String[]> list(String[]... fields) {
        return java.util.Arrays.asList(fields);
    }

    private static String[] f(String k, String v) {
        return new String[] {k, v};
    }

    @Test
    void thirtyStudentsPlayThreeRoundsAndTheTallyIsExact() throws Exception {
        Path csv = dir.resolve("answers.csv");
        try (RoomFixture room = new RoomFixture(csv, false)) {
            WebClient teacher = room.teacher();
            List<WebClient> phones = new ArrayList<>();
            for (int i = 0; i < 30; i++) phones.add(room.student());
            assertTrue(teacher.get("/teacher").body().contains("30 deelnemers"));
            SplittableRandom choices = new SplittableRandom(5);
            int[][] expected = new int[6][2]; // [group size][students, helped], over all rounds
            for (int round = 1; round <= 3; round++) {
                String t = teacher.get("/teacher").body();
                assertEquals(303, teacher.post("/teacher/round/start", list(f("csrf", RoomFixture.csrfOf(t)))).statusCode());
                int[] perSize = new int[6];
                for (WebClient phone : phones) {
                    String page = phone.get("/play").body();
                    int size = RoomFixture.groupSize(page);
                    assertTrue(size == 1 || size == 2 || size == 5, "a group of 1, 2 or 5: " + page);
                    assertFalse(page.contains("hielpen"), "nobody sees the group's choices before the round ends");
                    perSize[size]++;
                    boolean help = choices.nextDouble() < 0.5;
                    expected[size][0]++;
                    if (help) expected[size][1]++;
                    HttpResponse<String> a = phone.post("/play/answer", list(f("csrf", RoomFixture.csrfOf(page)), f("round", Integer.toString(round)),
                            f("choice", help ? "help" : "pass")));
                    assertEquals(303, a.statusCode(), a.body());
                }
                assertEquals(10, perSize[1], "balanced: a third alone");
                assertEquals(10, perSize[2], "a third in pairs");
                assertEquals(10, perSize[5], "a third in groups of five");
                assertTrue(phones.get(0).get("/play").body().contains("De ronde is voorbij"), "the round ends when everyone answered");
                HttpResponse<String> again = phones.get(0).post("/play/answer", list(f("csrf", RoomFixture.csrfOf(phones.get(0).get("/join").body())),
                        f("round", Integer.toString(round)), f("choice", "help")));
                assertEquals(409, again.statusCode(), "one answer per round");
            }
            String page = teacher.get("/teacher").body();
            Matcher m = Pattern.compile("data-size=\"(\\d)\" data-students=\"(\\d+)\" data-helped=\"(\\d+)\"").matcher(page);
            int rows = 0;
            while (m.find()) {
                int size = Integer.parseInt(m.group(1));
                assertEquals(expected[size][0], Integer.parseInt(m.group(2)), "answers in groups of " + size);
                assertEquals(expected[size][1], Integer.parseInt(m.group(3)), "helped in groups of " + size);
                rows++;
            }
            assertEquals(3, rows);
            assertEquals(90, expected[1][0] + expected[2][0] + expected[5][0]);
            String served = teacher.get("/teacher/answers.csv").body();
            assertEquals(served, Files.readString(csv), "the CSV on disk is the one the teacher downloads");
            List<String> lines = served.lines().toList();
            assertEquals(91, lines.size(), "a header and one row per student and round");
            int helpedRows = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                assertTrue(c[1].matches("s\\d{3}"), "anonymous ids only: " + line);
                assertEquals("true", c[5]);
                if (c[6].equals("true")) helpedRows++;
                assertTrue(Double.parseDouble(c[7]) >= 0, line);
            }
            assertEquals(expected[1][1] + expected[2][1] + expected[5][1], helpedRows);
            assertFalse(served.contains("Vos") || served.contains("Uil"), "no aliases in the CSV");
        }
    }

    @Test
    void onlyCodeHoldersAtMost200AndNoFloodOrMalformedRequest() throws Exception {
        try (RoomFixture room = new RoomFixture(dir.resolve("a.csv"), true)) {
            WebClient stranger = new WebClient(room.server.baseUrl());
            String csrf = stranger.csrf("/join");
            HttpResponse<String> wrong = stranger.post("/join", list(f("csrf", csrf), f("code", "AAAAAA")));
            assertEquals(403, wrong.statusCode());
            assertTrue(wrong.body().contains("kamercode klopt niet"));
            assertEquals(303, stranger.get("/play").statusCode(), "without joining, the phone is sent to the join page");
            assertEquals(403, stranger.get("/teacher").statusCode(), "the teacher's page needs the teacher's key");
            assertEquals(403, stranger.get("/teacher?key=" + room.room.code()).statusCode());
            assertEquals(403, stranger.post("/teacher/round/start", list(f("csrf", csrf))).statusCode());
            assertEquals(403, stranger.post("/join", list(f("code", room.room.code()))).statusCode(), "a join without CSRF token");
            assertEquals(400, stranger.post("/join", list(f("csrf", csrf), f("code", "x".repeat(5000)))).statusCode(), "a malformed code");

            WebClient first = room.student();
            for (int i = 1; i < 200; i++) room.student();
            assertEquals(200, room.room.participants());
            WebClient late = new WebClient(room.server.baseUrl());
            String lc = late.csrf("/join");
            HttpResponse<String> full = late.post("/join", list(f("csrf", lc), f("code", room.room.code())));
            assertEquals(403, full.statusCode());
            assertTrue(full.body().contains("vol"), full.body());
            assertEquals(303, first.post("/join", list(f("csrf", first.csrf("/join")), f("code", room.room.code()))).statusCode(),
                    "a phone already in may come back");

            String token = first.csrf("/join");
            assertEquals(400, first.post("/play/answer", list(f("csrf", token), f("round", "1"), f("choice", "maybe"))).statusCode());
            assertEquals(400, first.post("/play/answer", list(f("csrf", token), f("round", "../1"), f("choice", "help"))).statusCode());
            assertEquals(409, first.post("/play/answer", list(f("csrf", token), f("round", "1"), f("choice", "help"))).statusCode(),
                    "no round is open");
            int refused = 0;
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> r = first.get("/play/state");
                if (r.statusCode() == 429) {
                    refused++;
                    assertFalse(WebClient.leaksInternals(r.body()));
                }
            }
            assertTrue(refused > 50, "a flooding phone is refused: " + refused + " of 100");
            assertFalse(WebClient.leaksInternals(full.body() + wrong.body()));
        }
    }

    @Test
    void theNamedVariantNamesOneStudentPerGroup() throws Exception {
        try (RoomFixture room = new RoomFixture(dir.resolve("n.csv"), true)) {
            WebClient teacher = room.teacher();
            List<WebClient> phones = new ArrayList<>();
            for (int i = 0; i < 10; i++) phones.add(room.student());
            assertEquals(303, teacher.post("/teacher/round/start", list(f("csrf", RoomFixture.csrfOf(teacher.get("/teacher").body())))).statusCode());
            int namedYou = 0;
            for (WebClient p : phones) if (p.get("/play").body().contains("(jij), mijn laptop")) namedYou++;
            assertEquals(room.room.current().groups().size(), namedYou, "one named student in each group");
        }
    }

    /** Every route of the room, a bounded number of random requests from a stranger, a phone and the teacher (fixed seed). */
    @Test
    void aBoundedFuzzOfTheRoomsRoutes() throws Exception {
        try (RoomFixture room = new RoomFixture(dir.resolve("f.csv"), false)) {
            List<WebClient> clients = List.of(new WebClient(room.server.baseUrl()), room.student(), room.teacher());
            String[] gets = {"/", "/join", "/join?code=%s", "/play", "/play/state", "/teacher", "/teacher/state", "/teacher/qr.svg", "/teacher/answers.csv", "/teacher?key=%s"};
            String[] posts = {"/join", "/play/answer", "/teacher/round/start", "/teacher/round/end"};
            String[] names = {"code", "choice", "round", "csrf", "lang"};
            String[] parts = {"help", "pass", "1", "-1", "99999999999", "..", "/", "%", "<b>", "😀", "x".repeat(300), room.room.code(), "", "'"};
            SplittableRandom rnd = new SplittableRandom(17);
            int sent = 0;
            for (int i = 0; i < 25; i++) {
                for (WebClient c : clients) {
                    String csrf = c.csrf("/join");
                    String g = String.format(gets[rnd.nextInt(gets.length)], java.net.URLEncoder.encode(parts[rnd.nextInt(parts.length)], "UTF-8"));
                    HttpResponse<String> r = c.get(g);
                    assertTrue(r.statusCode() < 500 && !WebClient.leaksInternals(r.body()), "GET " + g + " -> " + r.statusCode());
                    List<String[]> form = new ArrayList<>();
                    if (rnd.nextBoolean()) form.add(f("csrf", csrf));
                    for (int k = rnd.nextInt(4); k > 0; k--) form.add(f(names[rnd.nextInt(names.length)], parts[rnd.nextInt(parts.length)]));
                    String p = posts[rnd.nextInt(posts.length)];
                    r = c.post(p, form);
                    assertTrue(r.statusCode() < 500 && !WebClient.leaksInternals(r.body()), "POST " + p + " " + WebClient.encode(form) + " -> " + r.statusCode());
                    sent += 2;
                }
            }
            assertTrue(sent >= 150);
            assertEquals(200, clients.get(2).get("/teacher").statusCode(), "the room still answers");
        }
    }
}
