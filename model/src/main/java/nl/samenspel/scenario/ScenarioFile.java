package nl.samenspel.scenario;

import java.util.List;
import java.util.Map;

/**
 * One scenario file as written: its name, titles and descriptions per language, the bases it
 * names, its sources, and the parameter settings it changes (each with its line).
 */
public record ScenarioFile(
        String file,
        String name,
        Map<String, String> title,
        Map<String, String> description,
        List<String> bases,
        int basesLine,
        List<String> sources,
        List<Setting> settings) {

    public String title(String lang) {
        return title.getOrDefault(lang, title.getOrDefault("en", name));
    }

    public String description(String lang) {
        return description.getOrDefault(lang, description.getOrDefault("en", ""));
    }
}
