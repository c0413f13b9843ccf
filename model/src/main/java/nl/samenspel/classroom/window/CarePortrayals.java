package nl.samenspel.classroom.window;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** How the care window draws its people and its formal-informal ties. */
final class CarePortrayals {
    private CarePortrayals() {}

    static final class Nodes extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            CareView.Node n = (CareView.Node) object;
            double u = info.draw.width;
            switch (n.kind()) {
                case RESIDENT -> Glyphs.draw(g, Glyphs.Kind.CIRCLE, Palette.RESIDENT, null, info.draw.x, info.draw.y, 0.7 * u);
                case NEED_OPEN -> Glyphs.draw(g, Glyphs.Kind.CIRCLE, Palette.IN_NEED, null, info.draw.x, info.draw.y, 1.4 * u);
                case NEED_HELPED -> Glyphs.draw(g, Glyphs.Kind.CIRCLE, Palette.NOTICED, null, info.draw.x, info.draw.y, 1.0 * u);
                case VOLUNTEER -> Glyphs.draw(g, Glyphs.Kind.TRIANGLE, Palette.VOLUNTEER, null, info.draw.x, info.draw.y, 1.3 * u);
                case INITIATIVE -> Glyphs.draw(g, Glyphs.Kind.ROUNDED, Palette.INITIATIVE, null, info.draw.x, info.draw.y, 2.2 * u);
                case COORDINATOR -> Glyphs.draw(g, Glyphs.Kind.SQUARE, Palette.COORDINATOR, null, info.draw.x, info.draw.y, 2.4 * u);
                case PROFESSIONAL -> Glyphs.draw(g, Glyphs.Kind.DIAMOND, Palette.PROFESSIONAL, null, info.draw.x, info.draw.y, 2.6 * u);
            }
        }
    }

    static final class Ties extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
            CareView.Tie t = (CareView.Tie) ((Edge) object).info;
            Color c = switch (t.type()) {
                case PROFESSIONAL_COORDINATOR -> Palette.COORDINATOR;
                case PROFESSIONAL_INITIATIVE -> new Color(0xB8A800);
                case PROFESSIONAL_VOLUNTEER -> Palette.VOLUNTEER;
            };
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) (40 + 150 * Math.min(1, t.strength()))));
            g.setStroke(new BasicStroke((float) (info.draw.width * (0.1 + 0.4 * Math.min(1, t.strength())))));
            g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
        }
    }
}
