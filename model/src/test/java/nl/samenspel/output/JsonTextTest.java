package nl.samenspel.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.samenspel.scenario.ParameterBinder;
import nl.samenspel.scenario.ResolvedScenario;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;
import org.junit.jupiter.api.Test;

/** The manifest text without Jackson must be the text Jackson's pretty printer writes. */
class JsonTextTest {
    private static final ObjectMapper JACKSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void aRunManifestIsWrittenAsJacksonWritesIt() throws Exception {
        ResolvedScenario s = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("yearly-funding+tender-churn",
                List.of("simulation.years=2", "population.residents=20000"));
        RunManifest rm = RunManifest.of(List.of("samenspel", "run", "a \"quoted\" arg\twith tab"), s.name(), ScenarioResolver.fileNames(s),
                1, -7L, s.flatValues(), s.scaled(), ParameterBinder.flatten(s.reference()), "2026-01-01T00:00:00Z", "later");
        Map<String, Object> jackson = JACKSON.convertValue(rm, new TypeReference<LinkedHashMap<String, Object>>() {});
        jackson.put("outputs", Map.of("weekly.csv", "abc"));
        Manifest m = Manifest.of(rm);
        m.put("outputs", Map.of("weekly.csv", "abc"));
        assertEquals(JACKSON.writeValueAsString(jackson), Manifest.text(m.fields()));
        assertEquals(List.copyOf(jackson.keySet()), List.copyOf(m.fields().keySet()), "the same fields in Jackson's order");
    }

    @Test
    void nullFieldsAreLeftOutAsTheRecordSays() {
        RunManifest rm = RunManifest.of(List.of(), "x", List.of(), 1, 2, Map.of(), Map.of(), null, "a", "b");
        Map<String, Object> f = JsonText.fields(rm);
        assertEquals(false, f.containsKey("reference_parameters"));
        assertEquals(false, f.containsKey("outputs"));
        assertEquals(Map.of("behaviour", 1L, "network", 2L), f.get("seeds"));
    }

    @Test
    void randomNestedValuesMatchJackson() throws Exception {
        Random rnd = new Random(12);
        for (int i = 0; i < 300; i++) {
            Object v = randomMap(rnd, 0);
            assertEquals(JACKSON.writeValueAsString(v), JsonText.write(v), "value " + i);
        }
    }

    @Test
    void unknownValuesAreRefusedSoThatJacksonWritesThem() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>(Map.of("when", java.time.Month.MAY));
        assertThrows(JsonText.Unsupported.class, () -> JsonText.write(m));
        assertEquals(JACKSON.writeValueAsString(m), Manifest.text(m));
    }

    private static Map<String, Object> randomMap(Random rnd, int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        int n = rnd.nextInt(depth == 0 ? 6 : 4);
        for (int i = 0; i < n; i++) m.put(randomString(rnd), randomValue(rnd, depth + 1));
        return m;
    }

    private static Object randomValue(Random rnd, int depth) {
        int kind = rnd.nextInt(depth > 3 ? 7 : 9);
        return switch (kind) {
            case 0 -> null;
            case 1 -> randomString(rnd);
            case 2 -> rnd.nextBoolean();
            case 3 -> rnd.nextInt();
            case 4 -> rnd.nextLong();
            case 5 -> List.of(Double.NaN, Double.NEGATIVE_INFINITY, 1e-9, 0.1 + 0.2, -0.0, 1e300, (double) rnd.nextInt(100)).get(rnd.nextInt(7));
            case 6 -> rnd.nextBoolean() ? (Object) new BigDecimal("1.50") : (Object) (float) rnd.nextGaussian();
            case 7 -> randomMap(rnd, depth);
            default -> {
                List<Object> l = new ArrayList<>();
                for (int i = rnd.nextInt(4); i > 0; i--) l.add(randomValue(rnd, depth + 1));
                yield l;
            }
        };
    }

    /** Every control character, quotes, backslashes, slashes and non-ASCII letters. */
    private static String randomString(Random rnd) {
        StringBuilder s = new StringBuilder();
        for (int i = rnd.nextInt(8); i > 0; i--) {
            int k = rnd.nextInt(5);
            s.append(k == 0 ? (char) rnd.nextInt(0x20) : k == 1 ? "\"\\/".charAt(rnd.nextInt(3)) : k == 2 ? (char) (0x7f + rnd.nextInt(0x2100)) : (char) ('a' + rnd.nextInt(26)));
        }
        return s.toString();
    }
}
