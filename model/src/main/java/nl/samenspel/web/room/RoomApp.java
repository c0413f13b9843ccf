package nl.samenspel.web.room;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.nayuki.qrcodegen.QrCode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.web.Pages;
import nl.samenspel.web.Refusal;
import nl.samenspel.web.Texts;
import nl.samenspel.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of {@code samenspel classroom --participate}: the teacher's page (QR code, room code,
 * rounds, the live tally) behind the key printed at start, and the students' pages behind the
 * room code: join, then one screen that shows the request for help and, after the round, the
 * group's result. A phone that floods is refused (429); a malformed request gets a message.
 */
public final class RoomApp {
    static final String TEACHER_COOKIE = "samenspel_teacher";
    static final String STUDENT_COOKIE = "samenspel_student";
    private static final Logger LOG = LoggerFactory.getLogger("samenspel.web");
    private final Room room;
    private final BystanderSetup fitted;
    private String joinUrl = "";

    public RoomApp(Room room, BystanderSetup fitted) {
        this.room = room;
        this.fitted = fitted;
    }

    public Room room() {
        return room;
    }

    /** The address students open (the QR code holds it, with the room code). */
    public void joinBase(String baseUrl) {
        this.joinUrl = baseUrl + "/join?code=" + room.code();
    }

    public String joinUrl() {
        return joinUrl;
    }

    public void routes(Javalin app) {
        app.get("/", ctx -> ctx.redirect("/join", HttpStatus.SEE_OTHER));
        app.get("/teacher", this::teacher);
        app.get("/teacher/state", this::teacherState);
        app.get("/teacher/qr.svg", this::qr);
        app.get("/teacher/answers.csv", this::csv);
        app.post("/teacher/round/start", ctx -> {
            teacherOnly(ctx);
            try {
                Round r = room.startRound();
                LOG.info("round {} started: {} groups", r.number(), r.groups().size());
            } catch (Refusal e) {
                if (e.status() != 409) throw e;
                throw new Refusal(409, WebServer.texts(ctx).t("room.nobody"));
            }
            ctx.redirect("/teacher", HttpStatus.SEE_OTHER);
        });
        app.post("/teacher/round/end", ctx -> {
            teacherOnly(ctx);
            try {
                room.endRound();
            } catch (Refusal e) {
                if (e.status() != 409) throw e;
                throw new Refusal(409, WebServer.texts(ctx).t("room.noRound"));
            }
            ctx.redirect("/teacher", HttpStatus.SEE_OTHER);
        });
        app.get("/join", this::joinPage);
        app.post("/join", this::join);
        app.get("/play", this::play);
        app.get("/play/state", this::playState);
        app.post("/play/answer", this::answer);
    }

    private void teacherOnly(Context ctx) {
        String key = ctx.queryParam("key");
        if (key != null && room.isTeacher(key)) {
            ctx.res().addHeader("Set-Cookie", TEACHER_COOKIE + "=" + key + "; Path=/; HttpOnly; SameSite=Strict");
            return;
        }
        if (!room.isTeacher(ctx.cookie(TEACHER_COOKIE))) throw Refusal.forbidden(WebServer.texts(ctx).t("room.teacherOnly"));
    }

    private Map<String, Object> page(Context ctx) {
        Map<String, Object> m = new HashMap<>();
        m.put("t", WebServer.texts(ctx));
        m.put("csrf", WebServer.csrf(ctx));
        return m;
    }

    private static void html(Context ctx, String template, Map<String, Object> m) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Pages.render(template, m));
    }

    private void teacher(Context ctx) {
        teacherOnly(ctx);
        if (ctx.queryParam("key") != null) {
            ctx.redirect("/teacher", HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> m = page(ctx);
        Round r = room.current();
        m.put("room", room);
        m.put("joinUrl", joinUrl);
        m.put("round", r);
        m.put("answered", room.answered());
        m.put("rows", RoomTally.of(room.rounds(), fitted, room.named()));
        m.put("version", room.version());
        html(ctx, "web/room/teacher.jte", m);
    }

    private void teacherState(Context ctx) {
        teacherOnly(ctx);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", room.version());
        s.put("participants", room.participants());
        ctx.json(s);
    }

    private void qr(Context ctx) {
        teacherOnly(ctx);
        QrCode q = QrCode.encodeText(joinUrl, QrCode.Ecc.MEDIUM);
        int border = 4;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < q.size; y++) for (int x = 0; x < q.size; x++) if (q.getModule(x, y)) path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
        int n = q.size + 2 * border;
        ctx.contentType("image/svg+xml");
        ctx.result("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>");
    }

    private void csv(Context ctx) {
        teacherOnly(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"" + room.csv().getFileName() + "\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(RoomCsv.text(room.rounds()));
    }

    private void joinPage(Context ctx) {
        Map<String, Object> m = page(ctx);
        String code = ctx.queryParam("code");
        m.put("code", code != null && code.matches("[A-Za-z0-9]{1,12}") ? code : "");
        m.put("message", null);
        html(ctx, "web/room/join.jte", m);
    }

    private void join(Context ctx) {
        Texts t = WebServer.texts(ctx);
        String code = ctx.formParam("code");
        if (code == null || code.length() > 12) throw Refusal.badRequest(t.t("room.badCode"));
        Participant p;
        try {
            p = room.join(code, ctx.cookie(STUDENT_COOKIE));
        } catch (Refusal e) {
            String message = e.getMessage().equals("full") ? t.t("room.full", Room.MAX_PARTICIPANTS) : t.t("room.wrongCode");
            LOG.warn("POST /join -> 403: {}", message);
            Map<String, Object> m = page(ctx);
            m.put("code", "");
            m.put("message", message);
            ctx.status(403);
            html(ctx, "web/room/join.jte", m);
            return;
        }
        ctx.res().addHeader("Set-Cookie", STUDENT_COOKIE + "=" + p.key + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect("/play", HttpStatus.SEE_OTHER);
    }

    /** The phone's participant; a phone without one goes to the join page, one that floods is refused. */
    private Participant student(Context ctx) {
        Participant p = room.participant(ctx.cookie(STUDENT_COOKIE));
        if (p == null) return null;
        if (!p.allow()) throw new Refusal(429, WebServer.texts(ctx).t("room.flood"));
        return p;
    }

    private void play(Context ctx) {
        Participant p = student(ctx);
        if (p == null) {
            ctx.redirect("/join", HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> m = page(ctx);
        m.put("view", room.view(p));
        m.put("named", room.named());
        html(ctx, "web/room/play.jte", m);
    }

    private void playState(Context ctx) {
        Participant p = student(ctx);
        if (p == null) throw Refusal.forbidden(WebServer.texts(ctx).t("room.join"));
        // Reading the state does not start the clock: only the page that shows the request does.
        ctx.json(Map.of("view", room.viewKey(p)));
    }

    private void answer(Context ctx) {
        Texts t = WebServer.texts(ctx);
        Participant p = student(ctx);
        if (p == null) throw Refusal.forbidden(t.t("room.join"));
        String choice = ctx.formParam("choice");
        String round = ctx.formParam("round");
        if (choice == null || !(choice.equals("help") || choice.equals("pass")) || round == null || !round.matches("[0-9]{1,4}")) {
            throw Refusal.badRequest(t.t("room.badAnswer"));
        }
        try {
            room.answer(p, Integer.parseInt(round), choice.equals("help"));
        } catch (Refusal e) {
            if (e.status() != 409) throw e;
            throw new Refusal(409, t.t("room.closed"));
        }
        ctx.redirect("/play", HttpStatus.SEE_OTHER);
    }

    static List<Integer> sizes() {
        return java.util.Arrays.stream(GroupDraw.SIZES).boxed().toList();
    }
}
