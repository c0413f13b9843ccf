package nl.samenspel.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web foundation shared by {@code samenspel serve} and the participatory classroom: Javalin on
 * one address, the application's own scripts and styles (no CDN), and the rules every request
 * passes before any page sees it (security headers, Host check on loopback, access token, body
 * limit, CSRF token on every POST). Refusals and errors become a page and one log line, never a
 * stack trace to the client.
 */
public final class WebServer implements AutoCloseable {
    public static final String CSRF_FIELD = "csrf";
    static final String CSRF_COOKIE = "samenspel_csrf";
    static final String ACCESS_COOKIE = "samenspel_access";
    static final String LANG_COOKIE = "samenspel_lang";
    /** What the application's own pages may load: only themselves. Reports in a frame get a stricter one. */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'";
    private static final Logger LOG = LoggerFactory.getLogger("samenspel.web");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * @param host        the address to listen on
     * @param port        the port (0: any free one)
     * @param accessToken when not null, every request must carry it (query {@code token}, then a cookie)
     * @param maxBody     largest request body in bytes; larger is refused with 413
     */
    public record Options(String host, int port, String accessToken, long maxBody) {}

    private final Options options;
    private final Javalin app;
    private final byte[] secret = new byte[32];
    private final Set<String> loopbackHosts;

    public WebServer(Options options, Consumer<Javalin> routes) {
        this.options = options;
        RANDOM.nextBytes(secret);
        this.loopbackHosts = options.accessToken() == null ? new java.util.HashSet<>(java.util.List.of("localhost", "127.0.0.1", "[::1]", hostName(options.host()))) : null;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = options.maxBody();
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/nl/samenspel/web/static";
                sf.location = Location.CLASSPATH;
            });
            cfg.jetty.modifyServer(server -> {
                ErrorHandler quiet = new ErrorHandler();
                quiet.setShowStacks(false);
                quiet.setShowServlet(false);
                quiet.setShowMessageInTitle(false);
                server.setErrorHandler(quiet);
            });
            cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        });
        app.before(this::guard);
        app.exception(Refusal.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), statusText(ctx, e.getStatus())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {}: internal error: {}", ctx.method(), ctx.path(), e.toString());
            refuse(ctx, 500, texts(ctx).t("error.internal"));
        });
        routes.accept(app);
    }

    private static String hostName(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public WebServer start() {
        app.start(options.host(), options.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The address to open, with the access token when one is needed. */
    public String url() {
        return "http://" + hostName(options.host()) + ":" + port() + "/" + (options.accessToken() == null ? "" : "?token=" + options.accessToken());
    }

    public String baseUrl() {
        return "http://" + hostName(options.host()) + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** A new random token (URL-safe, 128 bits or more). */
    public static String newToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The language of this request: the switch (query lang), then the cookie, then Dutch. */
    public static Texts texts(Context ctx) {
        String l = ctx.attribute("lang");
        return Texts.of("en".equals(l) ? nl.samenspel.report.Language.EN : nl.samenspel.report.Language.NL);
    }

    /** The CSRF token this request's pages must put in every form. */
    public static String csrf(Context ctx) {
        return ctx.attribute("csrfToken");
    }

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        String lang = ctx.queryParam("lang");
        if ("nl".equals(lang) || "en".equals(lang)) setCookie(ctx, LANG_COOKIE, lang);
        else lang = "en".equals(ctx.cookie(LANG_COOKIE)) ? "en" : "nl";
        ctx.attribute("lang", lang);
        if (loopbackHosts != null) {
            String host = ctx.host() == null ? "" : ctx.host().replaceFirst(":\\d+$", "");
            // A page elsewhere may resolve its own name to 127.0.0.1 (DNS rebinding): serve only our own names.
            if (!loopbackHosts.contains(host)) throw Refusal.forbidden(texts(ctx).t("error.host"));
        }
        if (options.accessToken() != null) checkAccess(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxBody()) throw new Refusal(413, texts(ctx).t("error.tooLarge", options.maxBody() / 1024));
        // A body without a length could be any size before it is read: browsers always send one.
        if (length < 0 && ctx.method().name().equals("POST") && ctx.req().getHeader("Transfer-Encoding") != null) throw new Refusal(411, texts(ctx).t("error.length"));
        String browser = ctx.cookie(CSRF_COOKIE);
        if (browser == null || !browser.matches("[A-Za-z0-9_-]{20,64}")) {
            browser = newToken(24);
            setCookie(ctx, CSRF_COOKIE, browser);
            ctx.attribute("csrfNew", true);
        }
        String expected = hmac(browser);
        ctx.attribute("csrfToken", expected);
        if (ctx.method().name().equals("POST")) {
            String given = ctx.header("X-CSRF-Token");
            if (given == null) given = ctx.formParam(CSRF_FIELD);
            if (ctx.attribute("csrfNew") != null || given == null || !same(given, expected)) {
                throw Refusal.forbidden(texts(ctx).t("error.csrf"));
            }
        }
    }

    private void checkAccess(Context ctx) {
        String query = ctx.queryParam("token");
        if (query != null && same(query, options.accessToken())) {
            setCookie(ctx, ACCESS_COOKIE, options.accessToken());
            if (ctx.method().name().equals("GET")) {
                ctx.redirect(ctx.path(), io.javalin.http.HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            }
            return;
        }
        String cookie = ctx.cookie(ACCESS_COOKIE);
        if (cookie != null && same(cookie, options.accessToken())) return;
        throw new Refusal(401, texts(ctx).t("error.token"));
    }

    private static void setCookie(Context ctx, String name, String value) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict");
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String statusText(Context ctx, int status) {
        Texts t = texts(ctx);
        return switch (status) {
            case 404, 405 -> t.t("error.notFound");
            case 413 -> t.t("error.tooLarge", "");
            default -> t.t("error.status", status);
        };
    }

    /** The error page: the status, one message, a way back; one log line for whoever runs the server. */
    private static void refuse(Context ctx, int status, String message) {
        LOG.warn("{} {} -> {}: {}", ctx.method(), ctx.path(), status, message);
        ctx.status(status);
        if (ctx.method().name().equals("HEAD")) return;
        String accept = ctx.header("Accept");
        if (accept != null && accept.startsWith("application/json")) {
            ctx.json(Map.of("error", message, "status", status));
            return;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("t", texts(ctx));
        m.put("status", status);
        m.put("message", message);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(Pages.render("web/error.jte", m));
    }
}
