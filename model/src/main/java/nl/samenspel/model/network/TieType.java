package nl.samenspel.model.network;

/** Kinds of formal-informal ("samenspel") ties, by the roles they join. */
public enum TieType {
    PROFESSIONAL_COORDINATOR,
    PROFESSIONAL_INITIATIVE,
    PROFESSIONAL_VOLUNTEER;
}
