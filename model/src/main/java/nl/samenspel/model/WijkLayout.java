package nl.samenspel.model;

/**
 * Where each district and wijk starts among the residents (MODEL.md section 2): districts of
 * equal size, each split into equal wijken; residents of a wijk are consecutive.
 *
 * @param wijkStart      first resident of each wijk, with the resident count as an extra last element
 * @param districtOfWijk district of each wijk
 * @param districtStart  first resident of each district, with the resident count as an extra last element
 */
public record WijkLayout(int[] wijkStart, int[] districtOfWijk, int[] districtStart) {
    public static WijkLayout of(Parameters.Population pop) {
        int districts = pop.districts();
        int wijken = districts * pop.wijkenPerDistrict();
        int[] wijkStart = new int[wijken + 1];
        int[] districtOfWijk = new int[wijken];
        int[] districtStart = new int[districts + 1];
        for (int d = 0; d <= districts; d++) districtStart[d] = (int) ((long) pop.residents() * d / districts);
        for (int d = 0; d < districts; d++) {
            int size = districtStart[d + 1] - districtStart[d];
            for (int k = 0; k < pop.wijkenPerDistrict(); k++) {
                int w = d * pop.wijkenPerDistrict() + k;
                wijkStart[w] = districtStart[d] + (int) ((long) size * k / pop.wijkenPerDistrict());
                districtOfWijk[w] = d;
            }
        }
        wijkStart[wijken] = pop.residents();
        return new WijkLayout(wijkStart, districtOfWijk, districtStart);
    }
}
