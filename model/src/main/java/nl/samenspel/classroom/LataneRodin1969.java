package nl.samenspel.classroom;

import java.util.List;

/**
 * The two in-view studies: Latan&eacute; &amp; Rodin (1969), "A lady in distress", fitted jointly with the
 * seizure study, and Latan&eacute; &amp; Darley (1968), the smoke-filled room, kept out of the fit as a check.
 * The numbers, their sources and the weights are in the CSV files next to this class.
 */
public final class LataneRodin1969 {
    public static final String SOURCE = "Latane & Rodin (1969), J. Exp. Soc. Psych. 5(2), 189-202";
    /**
     * How long the emergency lasts: the woman cried for about a minute, then her moans subsided
     * (Aronson, The Social Animal); the whole episode is taken as 130 s (*assumed*). Help is counted up to here.
     */
    public static final int EMERGENCY_SECONDS = 130;
    public static final InViewStudy LADY = InViewStudy.load(SOURCE, EMERGENCY_SECONDS, "latane-rodin-1969.csv");
    /** Smoke poured in until the subject reported it or six minutes had passed (quizwizapp.com/hi/study/latane-and-darley). */
    public static final InViewStudy SMOKE = InViewStudy.load("Latane & Darley (1968), J. Pers. Soc. Psych. 10(3), 215-221 (smoke)", 360,
            "latane-darley-1968-smoke.csv");

    private LataneRodin1969() {}

    public static List<InViewStudy.Row> rows() {
        return LADY.rows();
    }

    public static BystanderSetup design(BystanderSetup rates, InViewStudy.Row r) {
        return LADY.design(rates, r);
    }
}
