package nl.samenspel.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The jte templates under {@code src/main/jte}, compiled to classes by the jte Maven plugin at
 * build time, so the jar renders pages without a compiler. Escaping is on for every value.
 */
public final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Pages() {}

    /** Renders {@code name} (e.g. {@code web/start.jte}) with its named parameters. */
    public static String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        ENGINE.render(name, params, out);
        return out.toString();
    }
}
