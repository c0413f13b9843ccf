package nl.samenspel.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web pages' colour pairs pass WCAG 2.1 AA for normal text (contrast at least 4.5:1), read from the served stylesheet. */
class ContrastTest {
    @Test
    void everyTextColourOnItsBackgroundPassesAa() throws Exception {
        String css;
        try (InputStream in = ContrastTest.class.getResourceAsStream("/nl/samenspel/web/static/samenspel.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> vars = new HashMap<>();
        Matcher m = Pattern.compile("--([a-z]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) vars.put(m.group(1), m.group(2));
        String[][] pairs = {{"ink", "bg"}, {"link", "bg"}, {"muted", "bg"}, {"link", "soft"}, {"muted", "soft"}, {"ink", "soft"}, {"bad", "badbg"}, {"#ffffff", "link"}};
        for (String[] p : pairs) {
            String fg = p[0].startsWith("#") ? p[0] : vars.get(p[0]);
            String bg = vars.get(p[1]);
            double ratio = contrast(fg, bg);
            assertTrue(ratio >= 4.5, p[0] + " on " + p[1] + ": " + ratio);
        }
        assertTrue(contrast(vars.get("line"), vars.get("bg")) >= 3, "borders of controls: 3:1 (WCAG 1.4.11)");
    }

    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
