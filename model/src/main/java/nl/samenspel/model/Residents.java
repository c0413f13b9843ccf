package nl.samenspel.model;

/**
 * All residents of the world, stored as parallel arrays (one index per resident) because a city
 * has 650,000 of them and most weeks touch each once. MODEL.md section 2, entity Resident.
 */
public final class Residents {
    public final int count;
    public final int[] wijk;
    public final int[] district;
    /** Weekly chance of a new need (before the ageing trend). */
    public final float[] vulnerability;
    /** Genegenheid, vanzelfsprekendheid, verantwoordelijkheidsgevoel, 000:142. */
    public final float[] helpfulness;
    /** Vraagverlegenheid, 001:440, 000:238. */
    public final float[] shame;
    /** Trust in formal care, lower in low-trust wijken, 004:128-130. */
    public final float[] trust;
    /** Hours a week the resident can give. */
    public final float[] freeHours;
    /**
     * 1 while the resident has a need not yet closed (open, or being helped), else 0. A flag, not
     * the need: storing each new need into an array of 650,000 would dirty a G1 card per need (a
     * quarter of a city run's refined cards). The needs themselves are in the district's lists
     * ({@link World#needsHeld}).
     */
    public final byte[] hasNeed;
    /** The resident's volunteer role, or null. */
    public final Volunteer[] volunteer;
    /** Hours this resident gives this week as a neighbour helper. */
    public final float[] hoursGiven;
    /**
     * 1 while the resident has a need of her own or helps a neighbour, so notices nothing else: the
     * bystander step reads this one small array for every neighbour instead of two large ones
     * (a city has 650,000 residents). Kept in step by {@link #holdsNeed} and {@link #setHoursGiven}.
     */
    public final byte[] busy;
    /** Not among the residents who would volunteer in care (the pool, 000:281). */
    public static final byte NOT_IN_POOL = 0;
    /** In the pool and free: she can be recruited (she may be one of ours: see {@link #volunteer}). */
    public static final byte POOL_FREE = 1;
    /** In the pool but away: volunteering for another organisation, or resting after she quit. */
    public static final byte POOL_AWAY = 2;
    /** Each resident's place in the pool that this and other organisations fish in (000:281). */
    public final byte[] poolStatus;
    /** True for residents who are a volunteer lead (from a volunteer's ties or a meeting place). */
    public final boolean[] lead;
    /** True once a need of this resident was closed without any help; set through {@link #markUnanswered}. */
    public final boolean[] everUnanswered;
    /** How many of {@link #everUnanswered} are true, kept as they are set so no week has to count them. */
    private int everUnansweredCount;

    /** First resident of each wijk; one extra element holds the resident count. */
    public int[] wijkStart;

    public Residents(int count) {
        this.count = count;
        wijk = new int[count];
        district = new int[count];
        vulnerability = new float[count];
        helpfulness = new float[count];
        shame = new float[count];
        trust = new float[count];
        freeHours = new float[count];
        hasNeed = new byte[count];
        volunteer = new Volunteer[count];
        hoursGiven = new float[count];
        busy = new byte[count];
        lead = new boolean[count];
        poolStatus = new byte[count];
        everUnanswered = new boolean[count];
    }

    /** A free member of the pool who does not volunteer here yet: someone a coordinator could recruit. */
    public boolean recruitable(int resident) {
        return poolStatus[resident] == POOL_FREE && volunteer[resident] == null;
    }

    /** Synchronized: needs close unanswered in district tasks that may run at once (the count adds up in any order). */
    public synchronized void markUnanswered(int resident) {
        if (!everUnanswered[resident]) everUnansweredCount++;
        everUnanswered[resident] = true;
    }

    public int everUnansweredCount() {
        return everUnansweredCount;
    }

    /** Whether the resident has a need not yet closed; keeps {@link #busy} in step. */
    public void holdsNeed(int resident, boolean holds) {
        hasNeed[resident] = (byte) (holds ? 1 : 0);
        refreshBusy(resident);
    }

    public void setHoursGiven(int resident, float hours) {
        hoursGiven[resident] = hours;
        refreshBusy(resident);
    }

    private void refreshBusy(int i) {
        busy[i] = (byte) (hasNeed[i] != 0 || hoursGiven[i] > 0 ? 1 : 0);
    }
}
