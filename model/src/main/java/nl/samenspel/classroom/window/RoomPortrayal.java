package nl.samenspel.classroom.window;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import nl.samenspel.classroom.BystanderRoom;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.classroom.ClassroomState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws the room: the person in need (red, "!") in the middle, the people present around her
 * coloured by state, and a caption per room. The objects only name a person; the state comes from
 * the simulation, so agents do not draw themselves.
 */
final class RoomPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final ClassroomState state;

    RoomPortrayal(ClassroomState state) {
        this.state = state;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double unit = info.draw.width;
        if (object instanceof ClassroomState.Caption c) {
            caption(g, c.room(), info.draw.x, info.draw.y, unit);
            return;
        }
        ClassroomState.Person p = (ClassroomState.Person) object;
        if (p.index() < 0) {
            Glyphs.draw(g, Glyphs.Kind.CIRCLE, Palette.IN_NEED, "!", info.draw.x, info.draw.y, 9 * unit);
            return;
        }
        BystanderRoom.State s = state.state(p);
        String sign = switch (s) {
            case NOTICED -> "…";
            case HESITATING -> "?";
            case ACTED -> "✔";
            case CONFEDERATE -> "–";
        };
        boolean named = p.index() == 0 && state.rooms().get(p.room()).setup().named();
        Glyphs.draw(g, Glyphs.Kind.CIRCLE, color(s), sign, info.draw.x, info.draw.y, 7 * unit);
        // Side by side, person i is the same person (same luck) in both rooms: number them.
        String tag = (state.settings().compare() ? "person " + (p.index() + 1) : "") + (named ? " (named)" : "");
        if (!tag.isBlank()) label(g, tag.strip(), info.draw.x, info.draw.y + 10.5 * unit, 3.6 * unit);
    }

    static java.awt.Color color(BystanderRoom.State s) {
        return switch (s) {
            case NOTICED -> Palette.NOTICED;
            case HESITATING -> Palette.HESITATING;
            case ACTED -> Palette.ACTED;
            case CONFEDERATE -> Palette.CONFEDERATE;
        };
    }

    private void caption(Graphics2D g, int room, double x, double y, double unit) {
        BystanderRoom r = state.rooms().get(room);
        BystanderSetup s = r.setup();
        String who = s.others() == 0 ? "Alone" : s.others() == 1 ? "With 1 other" : "With " + s.others() + " others";
        if (s.confederates() > 0) who += " (" + s.confederates() + " passive)";
        long acted = 0;
        for (int i = 0; i < r.naive(); i++) if (r.actedAt(i) >= 0) acted++;
        label(g, who + (r.emergencyOver() ? " · emergency over" : " · emergency!"), x, y, 5 * unit);
        label(g, acted + " of " + r.naive() + " acted", x, y + 86 * unit, 5 * unit);
    }

    private static void label(Graphics2D g, String text, double x, double y, double size) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, size)));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Palette.INK);
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) (y + fm.getAscent() / 2.0));
    }
}
