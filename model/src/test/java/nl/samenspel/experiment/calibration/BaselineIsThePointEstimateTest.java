package nl.samenspel.experiment.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.samenspel.ProjectFiles;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioResolver;
import org.junit.jupiter.api.Test;

/**
 * scenarios/baseline.yaml carries the committed fit's point estimate (docs/calibration/point_estimate.csv)
 * for every free parameter, so code, docs and fit cannot disagree; and the fit is of the current
 * calibration file (the same free parameters).
 */
class BaselineIsThePointEstimateTest {
    static final Path POINT = ProjectFiles.root().resolve("docs/calibration/point_estimate.csv");

    @Test
    void baselineValuesAreThePointEstimate() throws Exception {
        assertTrue(Files.isRegularFile(POINT), POINT + " is missing: run 'samenspel calibrate --out docs/calibration --write-baseline scenarios/baseline.yaml'");
        List<String> rows = Files.readAllLines(POINT);
        assertEquals("parameter,value", rows.get(0));
        Map<String, Object> baseline = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of()).flatValues();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            double fitted = Double.parseDouble(f[1]);
            assertEquals(fitted, ((Number) baseline.get(f[0])).doubleValue(), 0, f[0] + " in scenarios/baseline.yaml differs from the point estimate in " + POINT);
        }
        CalibrationFile file = CalibrationFileTest.shipped();
        assertEquals(file.freeKeys(), rows.subList(1, rows.size()).stream().map(r -> r.split(",")[0]).toList(),
                "the committed fit's parameters are the free parameters of scenarios/calibration.yaml: rerun the calibration");
    }
}
