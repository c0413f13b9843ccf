package nl.samenspel.web;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.classroom.BystanderFitFile;
import nl.samenspel.web.room.Room;
import nl.samenspel.web.room.RoomApp;

/** {@code samenspel classroom --participate} in this JVM on loopback, as ParticipateOptions builds it. */
public final class RoomFixture implements AutoCloseable {
    public final Room room;
    public final RoomApp app;
    public final WebServer server;

    public RoomFixture(Path csv, boolean named) {
        room = new Room(named, 600, csv, 11);
        app = new RoomApp(room, BystanderFitFile.load().design());
        server = new WebServer(new WebServer.Options("127.0.0.1", 0, null, 16 * 1024), app::routes).start();
        app.joinBase(server.baseUrl());
    }

    public WebClient teacher() throws Exception {
        WebClient t = new WebClient(server.baseUrl());
        HttpResponse<String> r = t.get("/teacher?key=" + room.teacherKey());
        if (r.statusCode() != 303) throw new AssertionError("teacher key: " + r.statusCode());
        return t;
    }

    /** A phone that joined with the room code. */
    public WebClient student() throws Exception {
        WebClient s = new WebClient(server.baseUrl());
        String csrf = s.csrf("/join?code=" + room.code());
        HttpResponse<String> r = s.post("/join", List.of(new String[] {"csrf", csrf}, new String[] {"code", room.code()}));
        if (r.statusCode() != 303) throw new AssertionError("join: " + r.statusCode() + " " + r.body());
        return s;
    }

    /** The group size a phone's page shows ("Alleen jij", "Jij en één ander", "Jij en 4 anderen"). */
    public static int groupSize(String page) {
        if (page.contains("Alleen jij ziet dit bericht")) return 1;
        if (page.contains("Jij en één ander zien dit bericht")) return 2;
        Matcher m = Pattern.compile("Jij en (\\d+) anderen zien dit bericht").matcher(page);
        return m.find() ? Integer.parseInt(m.group(1)) + 1 : 0;
    }

    public static String csrfOf(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) throw new AssertionError("no csrf on page");
        return m.group(1);
    }

    @Override
    public void close() {
        server.close();
    }
}
