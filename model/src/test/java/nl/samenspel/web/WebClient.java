package nl.samenspel.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a screen for the HTTP tests: one cookie jar, no redirects followed. */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http;

    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post; fields are name-value pairs in order (a name may repeat). */
    public HttpResponse<String> post(String path, List<String[]> fields) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    public static String encode(List<String[]> fields) {
        StringBuilder b = new StringBuilder();
        for (String[] f : fields) {
            if (b.length() > 0) b.append('&');
            b.append(URLEncoder.encode(f[0], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(f[1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** The CSRF token of a page this client loaded (and the cookie it belongs to, now in the jar). */
    public String csrf(String path) throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get(path).body());
        if (!m.find()) throw new AssertionError("no CSRF token on " + path);
        return m.group(1);
    }

    /** True when a body shows a Java stack trace or exception name: never to reach a client. */
    public static boolean leaksInternals(String body) {
        return body.contains("Exception") || body.contains("\tat ") || body.matches("(?s).*\\bat (java|nl|io|org)\\.[a-z].*") || body.contains(".java:");
    }

    public static Map<String, String> one(String k, String v) {
        return Map.of(k, v);
    }
}
