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
 * Draws the room: the person in need (red, "!") in the middle, the subject (the measured person,
 * labelled) at the bottom and the others around her, coloured by state, and two caption lines per
 * room. The objects only name a person; the state comes from the simulation, so agents do not draw
 * themselves.
 */
final class RoomPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final ClassroomState state;
    private final Words words;

    RoomPortrayal(ClassroomState state, Words words) {
        this.state = state;
        this.words = words;
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
        Glyphs.draw(g, Glyphs.Kind.CIRCLE, color(s), sign(s), info.draw.x, info.draw.y, 7 * unit);
        boolean named = p.subject() && state.rooms().get(p.room()).setup().named();
        // Side by side, person i is the same person (same luck) in both rooms: number them.
        String tag = p.subject() ? words.text("room.subject") : state.settings().compare() ? words.text("room.person", p.index() + 1) : "";
        if (named) tag += " (" + words.text("room.named") + ")";
        if (!tag.isBlank()) label(g, tag.strip(), info.draw.x, info.draw.y + 10.5 * unit, 3.6 * unit);
    }

    static String sign(BystanderRoom.State s) {
        return switch (s) {
            case NOTICED -> "…";
            case HESITATING -> "?";
            case ACTED -> "✔";
            case DID_NOT_ACT -> null;
            case CONFEDERATE -> "–";
        };
    }

    static java.awt.Color color(BystanderRoom.State s) {
        return switch (s) {
            case NOTICED -> Palette.NOTICED;
            case HESITATING -> Palette.HESITATING;
            case ACTED -> Palette.ACTED;
            case DID_NOT_ACT -> Palette.DID_NOT_ACT;
            case CONFEDERATE -> Palette.CONFEDERATE;
        };
    }

    /** "Proefpersoon met 4 anderen (2 passief) · in één ruimte", and below it the emergency and who helped. */
    static String heading(Words words, BystanderSetup s) {
        String who = s.others() == 0 ? words.text("room.alone") : words.count("room.with", s.others());
        if (s.confederates() > 0) who += " (" + words.text("room.passive", s.confederates()) + ")";
        if (s.others() > 0) who += " · " + words.text(s.inView() ? "room.in.view" : "room.intercom");
        return who;
    }

    /** The two caption lines above a room: who is there, and before the first step "press play", then the emergency and who helped. */
    static String[] caption(Words words, ClassroomState state, int room) {
        BystanderRoom r = state.rooms().get(room);
        long acted = 0;
        for (int i = 0; i < r.naive(); i++) if (r.actedAt(i) >= 0) acted++;
        String second = !state.started() ? words.text("room.press.play")
                : words.text(r.emergencyOver() ? "room.emergency.over" : "room.emergency") + " · " + words.text("room.acted", acted, r.naive());
        return new String[] {heading(words, r.setup()), second};
    }

    private void caption(Graphics2D g, int room, double x, double y, double unit) {
        String[] lines = caption(words, state, room);
        label(g, lines[0], x, y, 4.6 * unit);
        label(g, lines[1], x, y + 6.5 * unit, 4.6 * unit);
    }

    private static void label(Graphics2D g, String text, double x, double y, double size) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, size)));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Palette.INK);
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) (y + fm.getAscent() / 2.0));
    }
}
