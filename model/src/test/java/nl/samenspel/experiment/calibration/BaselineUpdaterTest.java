package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.scenario.BaselineUpdater;
import nl.samenspel.scenario.ParameterDocs;
import org.junit.jupiter.api.Test;

/** calibrate --write-baseline puts the point estimate into the baseline's text and keeps every comment. */
class BaselineUpdaterTest {
    static final String TEXT = """
            name: baseline
            parameters:
              volunteers:
                drift: 0.0045                  # per week | motivation lost | assumed
                max_load: 3                    # matches | most needs | assumed
              ties:
                decay: 0.03                    # per week | share lost | assumed
            """;

    @Test
    void replacesValuesKeepsCommentsAndSaysTheyWereFitted() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("volunteers.drift", 0.005123);
        v.put("volunteers.max_load", 4L);
        String out = BaselineUpdater.update(TEXT, v);
        assertTrue(out.contains("    drift: 0.005123                # per week | motivation lost | assumed (" + BaselineUpdater.FITTED + ")"), out);
        assertTrue(out.contains("    max_load: 4                    # matches"), out);
        assertTrue(out.contains("    decay: 0.03                    # per week | share lost | assumed\n"), "untouched lines stay: " + out);
        assertEquals(out, BaselineUpdater.update(out, v), "writing the same values twice changes nothing");
        ParameterDocs docs = ParameterDocs.parse(out);
        assertEquals("0.005123", docs.entry("volunteers.drift").value());
        assertTrue(docs.entry("volunteers.drift").assumed(), "the number is still an assumption, now fitted");
    }

    @Test
    void aKeyNotInTheFileIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaselineUpdater.update(TEXT, Map.of("volunteers.drfit", 0.1)));
        assertTrue(e.getMessage().contains("volunteers.drfit"));
    }
}
