package nl.samenspel.classroom.window;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Rectangle;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import sim.display.Display2D;

/** Window furniture shared by both windows: a big title and status line, and the window layout. */
final class Frames {
    private Frames() {}

    /** Puts a title and a status line above a display's frame and a legend below it. */
    static JLabel decorate(JFrame frame, String title, Legend legend) {
        JPanel top = new JPanel(new BorderLayout());
        top.setBackground(Color.WHITE);
        top.setBorder(BorderFactory.createEmptyBorder(6, 10, 4, 10));
        JLabel t = new JLabel(title, SwingConstants.CENTER);
        t.setFont(Palette.TITLE);
        t.setForeground(Palette.INK);
        JLabel status = new JLabel(" ", SwingConstants.CENTER);
        status.setFont(Palette.STATUS);
        status.setForeground(Palette.INK);
        top.add(t, BorderLayout.NORTH);
        top.add(status, BorderLayout.SOUTH);
        frame.getContentPane().add(top, BorderLayout.NORTH);
        frame.getContentPane().add(legend, BorderLayout.SOUTH);
        return status;
    }

    static Display2D display(double w, double h, sim.display.GUIState gui) {
        Display2D d = new Display2D(w, h, gui);
        d.setBackdrop(Palette.BACKGROUND);
        d.setClipping(false);
        return d;
    }

    /**
     * Lays the windows out on the screen: the display left, chart right, the console below the
     * chart; a wide display (two rooms) spans the top, with chart and console below it.
     */
    static void arrange(JFrame display, JFrame chart, Component console, boolean wide) {
        Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        if (wide) {
            int topH = Math.min(display.getHeight(), (int) (screen.height * 0.7));
            display.setBounds(screen.x, screen.y, screen.width, topH);
            chart.setBounds(screen.x, screen.y + topH, screen.width / 2, screen.height - topH);
            console.setBounds(screen.x + screen.width / 2, screen.y + topH, screen.width - screen.width / 2, screen.height - topH);
            return;
        }
        int leftW = Math.min(display.getWidth(), (int) (screen.width * 0.56));
        display.setBounds(screen.x, screen.y, leftW, Math.min(screen.height, display.getHeight()));
        int rightW = screen.width - leftW;
        chart.setBounds(screen.x + leftW, screen.y, rightW, (int) (screen.height * 0.62));
        console.setBounds(screen.x + leftW, screen.y + chart.getHeight(), rightW, screen.height - chart.getHeight());
    }
}
