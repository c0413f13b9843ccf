package nl.samenspel.experiment.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The caches a bench reports where /sys has no cache folders (some virtual machines): getconf's sizes. */
class MachineTest {
    @Test
    void getconfsCacheSizesAreReportedInKilobytesInLevelOrder() {
        List<String> lines = List.of(
                "LEVEL1_ICACHE_SIZE                 32768",
                "LEVEL1_ICACHE_ASSOC                ",
                "LEVEL1_DCACHE_SIZE                 49152",
                "LEVEL2_CACHE_SIZE                  1048576",
                "LEVEL3_CACHE_SIZE                  33554432",
                "LEVEL4_CACHE_SIZE                  ");
        assertEquals("L1d 48K, L1i 32K, L2 1024K, L3 32768K (getconf)", Machine.fromGetconf(lines));
    }

    @Test
    void withoutSizesTheCachesAreUnknown() {
        assertEquals("unknown", Machine.fromGetconf(List.of()));
        assertEquals("unknown", Machine.fromGetconf(List.of("LEVEL1_DCACHE_SIZE 0", "PAGESIZE 4096")));
    }
}
