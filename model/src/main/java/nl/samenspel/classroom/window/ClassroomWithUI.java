package nl.samenspel.classroom.window;

import java.awt.BorderLayout;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import nl.samenspel.classroom.BystanderRoom;
import nl.samenspel.classroom.ClassroomState;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The bystander room in a MASON window: wraps {@link ClassroomState} (encapsulation, not
 * subclassing), draws it, charts the runs, and offers {@link nl.samenspel.classroom.RoomSettings}
 * in the Console's Model tab.
 */
public final class ClassroomWithUI extends LiveGUIState {
    private final ClassroomState room;
    private final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
    private final ShareChart chart = new ShareChart();
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private JLabel status;

    public ClassroomWithUI(ClassroomState room) {
        super(room);
        this.room = room;
    }

    public static String getName() {
        return "Samenspel classroom: the bystander effect";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return room.settings();
    }

    @Override
    protected void setup() {
        people.setField(room.field);
        people.setPortrayalForAll(new RoomPortrayal(room));
        room.onRunDone(s -> {
            var points = ShareChart.snapshot(s.tallies());
            SwingUtilities.invokeLater(() -> chart.show(points));
        });
        scheduleRepeatingImmediatelyAfter(s -> {
            String text = statusText();
            long sleep = Math.round(1000 / room.settings().getSpeed());
            SwingUtilities.invokeLater(() -> {
                status.setText(text);
                if (controller instanceof Console c) c.setPlaySleep(sleep);
            });
            return;
        });
        display.reset();
        display.repaint();
        SwingUtilities.invokeLater(() -> chart.show(ShareChart.snapshot(room.tallies())));
    }

    private String statusText() {
        BystanderRoom r = room.rooms().get(0);
        return String.format(Locale.ROOT, "Run %d · second %d of %d · emergency %d s · speed %.0f×",
                room.runs() + 1, r.second(), r.setup().seconds(), r.setup().emergencySeconds(), room.settings().getSpeed());
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        boolean two = room.settings().compare();
        display = Frames.display(two ? 1100 : 720, two ? 520 : 700, this);
        display.attach(people, "People");
        displayFrame = display.createFrame();
        displayFrame.setTitle(two ? "Side by side: the same people, alone and with others" : "The bystander room");
        status = Frames.decorate(displayFrame, two ? "Same people, same luck: who acts?" : "Who helps the person in need?", new Legend(two ? 5 : 3,
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.IN_NEED, "!", "in need"),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.NOTICED, "…", "noticed"),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.HESITATING, "?", "hesitating"),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.ACTED, "✔", "acting"),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.CONFEDERATE, "–", "passive")));
        displayFrame.pack();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        chartFrame = new JFrame("Share who acted, by group size");
        chartFrame.getContentPane().add(chart.panel(), BorderLayout.CENTER);
        chartFrame.setSize(760, 600);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);
        if (c instanceof Console console) Frames.arrange(displayFrame, chartFrame, console, two);
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (chartFrame != null) chartFrame.dispose();
    }
}
