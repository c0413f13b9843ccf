package nl.samenspel.experiment.sweep;

import nl.samenspel.model.World;
import nl.samenspel.model.network.ResidentNetwork;

/**
 * Statistics of a run's resident network as drawn from its network seed (before meeting places
 * add ties), so that the network realisation can enter the analysis as a covariate.
 */
public record NetworkStats(double meanDegree, double clustering) {
    public static NetworkStats of(World w) {
        ResidentNetwork n = w.network;
        return new NetworkStats(n.meanDegree(), n.averageClustering());
    }
}
