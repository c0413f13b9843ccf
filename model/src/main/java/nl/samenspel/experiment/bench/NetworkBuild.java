package nl.samenspel.experiment.bench;

import java.lang.management.ManagementFactory;
import nl.samenspel.engine.Seeds;
import nl.samenspel.model.Parameters;
import nl.samenspel.model.WijkLayout;
import nl.samenspel.model.network.ResidentNetwork;
import nl.samenspel.model.network.ResidentNetworkGenerator;

/**
 * What building a resident network allocates, against the size of what it builds (the bytes of
 * the compressed rows): the bytes this thread allocated during the build, from the JVM's
 * per-thread allocation counter.
 *
 * @param allocatedBytes  bytes allocated by the build
 * @param networkBytes    bytes of the finished network's compressed arrays
 * @param seconds         wall-clock seconds of the build
 */
public record NetworkBuild(long allocatedBytes, long networkBytes, double seconds) {
    public static NetworkBuild of(Parameters p) {
        Parameters.Population pop = p.population();
        WijkLayout layout = WijkLayout.of(pop);
        ResidentNetworkGenerator g = new ResidentNetworkGenerator(pop.meanDegree(), pop.rewiring(), pop.crossWijkShare());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long a0 = threads.getCurrentThreadAllocatedBytes(), t0 = System.nanoTime();
        ResidentNetwork n = g.generate(layout.wijkStart(), layout.districtOfWijk(), Seeds.of(1).network());
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new NetworkBuild(threads.getCurrentThreadAllocatedBytes() - a0, n.compressedBytes(), seconds);
    }

    /** Allocated bytes per byte of the finished network. */
    public double ratio() {
        return (double) allocatedBytes / networkBytes;
    }
}
