package nl.samenspel.classroom.window;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.Shape;

/** The shapes of both windows: filled, with a dark outline and an optional sign in the middle. */
final class Glyphs {
    enum Kind { CIRCLE, SQUARE, DIAMOND, TRIANGLE, ROUNDED, LINE }

    private Glyphs() {}

    static void draw(Graphics2D g, Kind kind, Color fill, String sign, double x, double y, double r) {
        if (kind == Kind.LINE) {
            g.setColor(fill);
            g.setStroke(new BasicStroke((float) Math.max(2, r / 4)));
            g.draw(new java.awt.geom.Line2D.Double(x - r, y + r / 2, x + r, y - r / 2));
            return;
        }
        Shape s = shape(kind, x, y, r);
        g.setColor(fill);
        g.fill(s);
        g.setColor(Palette.INK);
        g.setStroke(new BasicStroke((float) Math.max(1, r / 7)));
        g.draw(s);
        if (sign == null || sign.isEmpty()) return;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(8, r * 1.2)));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(fill.equals(Palette.CONFEDERATE) || fill.equals(Palette.COORDINATOR) ? Color.WHITE : Palette.INK);
        g.drawString(sign, (float) (x - fm.stringWidth(sign) / 2.0), (float) (y + fm.getAscent() * 0.36));
    }

    static Shape shape(Kind kind, double x, double y, double r) {
        return switch (kind) {
            case CIRCLE -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case SQUARE -> new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
            case ROUNDED -> new RoundRectangle2D.Double(x - r, y - r * 0.8, 2 * r, 1.6 * r, r * 0.8, r * 0.8);
            case DIAMOND -> polygon(new double[] {x, x + r * 1.15, x, x - r * 1.15}, new double[] {y - r * 1.15, y, y + r * 1.15, y});
            case TRIANGLE -> polygon(new double[] {x, x + r * 1.1, x - r * 1.1}, new double[] {y - r * 1.1, y + r * 0.9, y + r * 0.9});
            case LINE -> new java.awt.geom.Line2D.Double(x - r, y, x + r, y);
        };
    }

    private static Polygon polygon(double[] xs, double[] ys) {
        Polygon p = new Polygon();
        for (int i = 0; i < xs.length; i++) p.addPoint((int) Math.round(xs[i]), (int) Math.round(ys[i]));
        return p;
    }
}
