package nl.samenspel.classroom.window;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** A row of large swatches with their meaning, drawn with the same {@link Glyphs} as the display. */
final class Legend extends JPanel {
    private static final long serialVersionUID = 1L;

    /** One legend entry: the shape painter and its label. */
    record Entry(Glyphs.Kind kind, Color color, String sign, String label) {}

    Legend(int columns, Entry... entries) {
        super(new java.awt.GridLayout(0, columns, 12, 4));
        setBackground(Palette.BACKGROUND);
        setBorder(BorderFactory.createMatteBorder(2, 0, 0, 0, Palette.INK));
        for (Entry e : entries) {
            JPanel item = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
            item.setBackground(Palette.BACKGROUND);
            item.add(new Swatch(e));
            JLabel l = new JLabel(e.label());
            l.setFont(Palette.LEGEND);
            l.setForeground(Palette.INK);
            item.add(l);
            add(item);
        }
    }

    private static final class Swatch extends JComponent {
        private static final long serialVersionUID = 1L;
        private final Entry e;

        Swatch(Entry e) {
            this.e = e;
            setPreferredSize(new Dimension(36, 36));
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g;
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setStroke(new BasicStroke(2.5f));
            Glyphs.draw(g2, e.kind(), e.color(), e.sign(), 18, 18, 16);
        }
    }
}
