package nl.samenspel.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * P2's rule (MODEL.md section 1: ties and referrals "fall monotonically as caseload rises"): the
 * lever is fewer professionals, the cause is caseload, so each step is judged by what it did to
 * cases per professional.
 */
class ParallelWorldsTest {
    /** Five replications per arm; a step of +1 case is clear, a step of 0 (with noise) is not. */
    static final double[][] CASES_RISING = {{10, 10.2, 9.9, 10.1, 10}, {11, 11.1, 10.9, 11.2, 11}, {12, 12.1, 12, 11.9, 12.2}};
    static final double[][] CASES_CAPPED = {{10, 10.2, 9.9, 10.1, 10}, {11, 11.1, 10.9, 11.2, 11}, {11, 11.2, 10.9, 11.1, 11}};

    @Test
    void whereCaseloadRisesTheOutcomeMustFallAtEachStep() {
        assertTrue(ParallelWorlds.fallsWhereCaseloadRises(CASES_RISING, new double[][] {{5, 5, 5, 5, 5}, {4, 4, 4, 4, 4}, {3, 3, 3, 3, 3}}));
        // A flat step where caseload clearly rose is not a fall.
        assertFalse(ParallelWorlds.fallsWhereCaseloadRises(CASES_RISING, new double[][] {{5, 5, 5, 5, 5}, {4, 4, 4, 4, 4}, {4, 4, 4, 4, 4}}));
    }

    @Test
    void whereCaseloadStaysTheOutcomeMayNotClearlyRise() {
        // The last step leaves caseload where it was: noise up or down is allowed ...
        assertTrue(ParallelWorlds.fallsWhereCaseloadRises(CASES_CAPPED, new double[][] {{5, 5, 5, 5, 5}, {4, 4, 4, 4, 4}, {4.2, 3.8, 4.1, 4.3, 3.9}}));
        // ... a clear rise is not.
        assertFalse(ParallelWorlds.fallsWhereCaseloadRises(CASES_CAPPED, new double[][] {{5, 5, 5, 5, 5}, {4, 4, 4, 4, 4}, {4.5, 4.6, 4.4, 4.5, 4.6}}));
    }
}
