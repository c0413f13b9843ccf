package nl.samenspel.classroom.window;

import java.awt.Color;
import java.awt.Font;

/**
 * Colours and fonts readable from the back of a classroom: the Okabe-Ito palette (safe for
 * colour-blind viewers), each state also marked by a sign, and large bold type.
 */
final class Palette {
    static final Color IN_NEED = new Color(0xD55E00);
    static final Color NOTICED = new Color(0x56B4E9);
    static final Color HESITATING = new Color(0xE69F00);
    static final Color ACTED = new Color(0x009E73);
    static final Color CONFEDERATE = new Color(0x595959);
    /** Did not help while the emergency lasted: a pale grey, no sign (the "?" clears). */
    static final Color DID_NOT_ACT = new Color(0xD9D9D9);
    static final Color VOLUNTEER = new Color(0x009E73);
    static final Color COORDINATOR = new Color(0x0072B2);
    static final Color PROFESSIONAL = new Color(0xCC79A7);
    static final Color INITIATIVE = new Color(0xF0E442);
    static final Color RESIDENT = new Color(0xBBBBBB);
    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x111111);

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    static final Font STATUS = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.BOLD, 20);

    private Palette() {}
}
