package nl.samenspel.experiment.sweep;

import nl.samenspel.model.World;
import nl.samenspel.model.network.ResidentNetwork;

/** Statistics of a run's resident network, so that network structure can enter the analysis. */
public record NetworkStats(double meanDegree, double clustering) {
    public static NetworkStats of(World w) {
        ResidentNetwork n = w.network;
        return new NetworkStats(n.meanDegree(), n.averageClustering());
    }
}
