package nl.samenspel.metrics;

/**
 * The outcomes of MODEL.md section 6, by the column names every command uses.
 * Each week an outcome has a numerator and a denominator (1 for counts). Its summary is:
 * <ul>
 *   <li>{@link Kind#STOCK}: the value in the last week of the horizon;</li>
 *   <li>{@link Kind#FLOW}: the sum over the last 52 weeks (a yearly figure);</li>
 *   <li>{@link Kind#RATIO}: summed numerator over summed denominator in the last 52 weeks.</li>
 * </ul>
 */
public enum Outcome {
    VOLUNTEERS_ACTIVE(Kind.STOCK, "active volunteers"),
    VOLUNTEER_INFLOW(Kind.FLOW, "new volunteers"),
    VOLUNTEER_OUTFLOW(Kind.FLOW, "volunteers who quit, any reason"),
    VOLUNTEER_OUTFLOW_MOTIVATION(Kind.FLOW, "volunteers who quit because motivation fell below the threshold"),
    VOLUNTEER_OUTFLOW_OTHER(Kind.FLOW, "volunteers who quit for other reasons (the base hazard and what a weak tie to the coordinator adds)"),
    VOLUNTEER_OUTFLOW_TENDER(Kind.FLOW, "volunteers who quit when their provider lost the tender"),
    VOLUNTEER_OUTFLOW_MOTIVATION_SHARE(Kind.RATIO, "share of quits at the motivation threshold: the quits her experience as a volunteer caused"),
    VOLUNTEER_RETENTION_12M(Kind.RATIO, "share of the volunteers active 52 weeks earlier who are still active (the CNCS retention rate)"),
    NEWCOMER_RETENTION_12M(Kind.RATIO, "share of newcomers still active 52 weeks after joining (counted in the week the cohort turns one)"),
    VOLUNTEER_TENURE_MEDIAN(Kind.STOCK, "median weeks since joining of active volunteers"),
    VOLUNTEER_MOTIVATION_MEAN(Kind.RATIO, "mean motivation of active volunteers (0..1)"),
    VOLUNTEER_HOURS_PER_WEEK(Kind.RATIO, "hours of help given per active volunteer per week"),
    NEEDS_OPEN(Kind.STOCK, "needs waiting for anyone to take them up"),
    NEEDS_NEW(Kind.FLOW, "needs that arose"),
    REACH_4W(Kind.RATIO, "share of needs answered within 4 weeks of arising (counted when the need is 4 weeks old)"),
    REACH_4W_NEIGHBOUR(Kind.RATIO, "share of needs first taken up by a neighbour within 4 weeks of arising"),
    REACH_4W_VOLUNTEER(Kind.RATIO, "share of needs first taken up by a volunteer within 4 weeks of arising"),
    REACH_4W_PROFESSIONAL(Kind.RATIO, "share of needs first taken up by a professional within 4 weeks of arising"),
    NOT_REACHED_4W(Kind.RATIO, "share of needs nobody took up within 4 weeks of arising (the four reach_4w_ splits sum to 1)"),
    ANSWERED_BY_NEIGHBOUR(Kind.FLOW, "needs taken up by a neighbour"),
    ANSWERED_BY_VOLUNTEER(Kind.FLOW, "needs taken up by a volunteer"),
    ANSWERED_BY_PROFESSIONAL(Kind.FLOW, "needs taken up by a professional"),
    NEEDS_UNANSWERED(Kind.FLOW, "needs closed without anyone taking them up (again, after a helper left) in time"),
    NEEDS_RELEASED(Kind.FLOW, "needs given back by a helper who left (a volunteer who quit, a professional who left) to be taken up by someone else"),
    NEIGHBOUR_ASKS(Kind.FLOW, "heavy needs a neighbour who noticed helped the resident bring to the wijkteam"),
    RESIDENTS_NEVER_ANSWERED(Kind.STOCK, "residents who had a need closed without help since the start of the horizon"),
    WEEKS_TO_HELP_MEAN(Kind.RATIO, "mean weeks from arising to being taken up, over needs taken up"),
    CASES_PER_PROFESSIONAL(Kind.RATIO, "open cases per working professional"),
    WAITING_LIST(Kind.STOCK, "needs waiting for wijkteam intake"),
    WIJKTEAM_WAIT_WEEKS(Kind.RATIO, "mean weeks from reaching the wijkteam's waiting list to leaving it the first time (taken in or referred: it waits for no time limit), over the cases that left it (Wmo 2015: within six weeks)"),
    LATE_ESCALATIONS(Kind.FLOW, "heavy needs that stayed too long with a volunteer and escalated late"),
    COMMUNITY_HOURS_SHARE(Kind.RATIO, "share of professional hours spent on community work"),
    SAMENSPEL_TIES(Kind.STOCK, "formal-informal ties"),
    SAMENSPEL_TIE_STRENGTH(Kind.STOCK, "summed strength of formal-informal ties"),
    REFERRAL_SHARE_LIGHT(Kind.RATIO, "share of light cases reaching the wijkteam that it referred to volunteers, at intake or later from the waiting list (parallel-worlds indicator)"),
    DUMPED_REFERRALS(Kind.FLOW, "referrals to volunteers that bypassed a coordinator"),
    HOURS_PER_ANSWERED_NEED(Kind.RATIO, "professional plus coordinator hours per need answered formally (first taken up by a professional or a volunteer)"),
    PROFESSIONAL_HOURS_PER_ANSWERED_NEED(Kind.RATIO, "professional hours per need first taken up by a professional"),
    COORDINATOR_HOURS_PER_ANSWERED_NEED(Kind.RATIO, "coordinator hours per need first taken up by a volunteer"),
    COORDINATORS_WORKING(Kind.STOCK, "coordinators at work (not vacant, not unfunded)"),
    PROFESSIONALS_WORKING(Kind.STOCK, "professionals at work"),
    RESIDENT_TIES_NEW(Kind.FLOW, "new resident ties made at meeting places"),
    VOLUNTEER_LEADS(Kind.FLOW, "residents who became volunteer leads at meeting places"),
    PROVIDER_SWITCHES(Kind.FLOW, "districts whose provider changed at a tender"),
    BYSTANDER_ACT_SHARE(Kind.RATIO, "share of noticing neighbours who acted"),
    BYSTANDER_ACT_SHARE_ALONE(Kind.RATIO, "share who acted among neighbours who noticed alone"),
    BYSTANDER_ACT_SHARE_WITH_OTHERS(Kind.RATIO, "share who acted among neighbours who noticed with others"),
    BYSTANDER_ACT_SHARE_OTHERS_0(Kind.RATIO, "share who acted among neighbours who noticed with no one else that week"),
    BYSTANDER_ACT_SHARE_OTHERS_1(Kind.RATIO, "share who acted among neighbours who noticed with one other"),
    BYSTANDER_ACT_SHARE_OTHERS_2_4(Kind.RATIO, "share who acted among neighbours who noticed with 2 to 4 others"),
    BYSTANDER_ACT_SHARE_OTHERS_5_PLUS(Kind.RATIO, "share who acted among neighbours who noticed with 5 or more others"),
    BYSTANDER_ANY_ACTED(Kind.RATIO, "share of noticed needs where at least one neighbour acted"),
    // The reason for leaving (MODEL.md section 6), one per QuitCause; they sum to volunteer_outflow.
    VOLUNTEER_OUTFLOW_CAUSE_DUMPING(Kind.FLOW, "volunteers who quit, put down to cases dumped past the coordinator (largest motivation loss of their last 13 weeks)"),
    VOLUNTEER_OUTFLOW_CAUSE_OVERLOAD(Kind.FLOW, "volunteers who quit, put down to load above their free hours"),
    VOLUNTEER_OUTFLOW_CAUSE_ROLE_AMBIGUITY(Kind.FLOW, "volunteers who quit, put down to role ambiguity"),
    VOLUNTEER_OUTFLOW_CAUSE_KEY_PERSON(Kind.FLOW, "volunteers who quit, put down to their initiative's key person leaving"),
    VOLUNTEER_OUTFLOW_CAUSE_FUNDING_UNCERTAINTY(Kind.FLOW, "volunteers who quit, put down to a late yearly funding decision"),
    VOLUNTEER_OUTFLOW_CAUSE_NO_COACHING(Kind.FLOW, "volunteers who quit, put down to a weak tie to a coordinator (motivation eroding without coaching, or the hazard a weak tie adds)"),
    VOLUNTEER_OUTFLOW_CAUSE_TENDER(Kind.FLOW, "volunteers who quit when their provider lost the tender"),
    VOLUNTEER_OUTFLOW_CAUSE_BASE_HAZARD(Kind.FLOW, "volunteers who quit for reasons outside the model (moving, health): the base hazard"),
    VOLUNTEER_LEADS_TIES(Kind.FLOW, "residents who became volunteer leads through a current volunteer's network ties"),
    COHORT_RETENTION_12M(Kind.RATIO, "share of one year's newcomers still active 52 weeks after joining; recorded once a year, in the week that year's last newcomer turns one"),
    // Level outcomes the calibration targets (MODEL.md section 8), read as published figures are.
    VOLUNTEERS_PER_COORDINATOR(Kind.RATIO, "active volunteers per working coordinator post (Rehnborg et al.: 15 to 30)"),
    VOLUNTEER_SHARE_OF_RESIDENTS(Kind.RATIO, "share of all residents who are active volunteers (CBS via RIVM: 7.8 % volunteer in care)"),
    VOLUNTEER_OVERLOAD_SHARE(Kind.RATIO, "share of active volunteers whose matches ask more than their free hours in step 7 (about a fifth of care volunteers feel over-asked, Universiteit voor Humanistiek 2018)"),
    // Pattern P2 read per professional, not as a total that falls with headcount.
    TIES_PER_PROFESSIONAL(Kind.RATIO, "formal-informal ties per working professional");

    public enum Kind { STOCK, FLOW, RATIO }

    /** The bystander outcome for a person who noticed together with this many others (MODEL.md section 6). */
    public static Outcome bystanderByOthers(int others) {
        return others == 0 ? BYSTANDER_ACT_SHARE_OTHERS_0 : others == 1 ? BYSTANDER_ACT_SHARE_OTHERS_1
                : others <= 4 ? BYSTANDER_ACT_SHARE_OTHERS_2_4 : BYSTANDER_ACT_SHARE_OTHERS_5_PLUS;
    }

    public final Kind kind;
    public final String description;
    public final String column;

    Outcome(Kind kind, String description) {
        this.kind = kind;
        this.description = description;
        this.column = name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Outcome byColumn(String column) {
        for (Outcome o : values()) if (o.column.equals(column)) return o;
        throw new IllegalArgumentException("unknown outcome '" + column + "'");
    }

    /** The outcomes a report leads with: retention and reach, MODEL.md section 1. */
    public static final Outcome[] HEADLINE = {
        VOLUNTEERS_ACTIVE, VOLUNTEER_RETENTION_12M, REACH_4W, NEEDS_UNANSWERED,
        WAITING_LIST, SAMENSPEL_TIES, REFERRAL_SHARE_LIGHT
    };
}
