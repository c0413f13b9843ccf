package nl.samenspel.classroom.window;

import java.awt.BorderLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import nl.samenspel.classroom.BystanderRoom;
import nl.samenspel.classroom.ClassroomState;
import nl.samenspel.classroom.RoomSettings;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The bystander room in a MASON window: wraps {@link ClassroomState} (encapsulation, not
 * subclassing), draws it (its people already before the first step), charts the runs, and offers
 * {@link RoomSettings} in plain words in the Console's Model tab.
 */
public final class ClassroomWithUI extends LiveGUIState implements ClassroomLauncher.Described {
    private static volatile String name = "Samenspel";
    private final ClassroomState room;
    private final Words words;
    private final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
    private final ShareChart chart;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private JLabel status;

    public ClassroomWithUI(ClassroomState room, Words words) {
        super(room);
        this.room = room;
        this.words = words;
        this.chart = new ShareChart(words);
        name = "Samenspel: " + words.text("room.window");
    }

    /** The Console's title (MASON reads it from this static method, after the constructor set it). */
    public static String getName() {
        return name;
    }

    @Override
    protected SettingsPanel settingsPanel() {
        RoomSettings s = room.settings();
        SettingsPanel p = new SettingsPanel(words.text("set.title"))
                .whole(words.text("set.others"), words.text("set.others.tip"), s::getGroupSize, s::setGroupSize, 0, RoomSettings.MAX_OTHERS);
        if (s.compare()) p.whole(words.text("set.second"), words.text("set.second.tip"), s::getSecondGroupSize, s::setSecondGroupSize, 0, RoomSettings.MAX_OTHERS);
        p.whole(words.text("set.confederates"), words.text("set.confederates.tip"), s::getConfederates, s::setConfederates, 0, RoomSettings.MAX_OTHERS)
                .yesNo(words.text("set.named"), words.text("set.named.tip"), s::getExplicitResponsibility, s::setExplicitResponsibility)
                .yesNo(words.text("set.in.view"), words.text("set.in.view.tip"), s::getInView, s::setInView)
                .decimal(words.text("set.lone.rate"), words.text("set.lone.rate.tip"), s::getLoneRate, s::setLoneRate,
                        RoomSettings.MIN_LONE_RATE, RoomSettings.MAX_LONE_RATE, 0.001, "0.000")
                .decimal(words.text("set.speed"), words.text("set.speed.tip"), s::getSpeed, s::setSpeed, 1, 120, 5, "0");
        if (!s.compare()) p.yesNo(words.text("set.cycle"), words.text("set.cycle.tip"), s::getCycleGroupSizes, s::setCycleGroupSizes);
        return p.button(words.text("set.fill"), words.text("set.fill.tip"), () -> s.setFastForward(true))
                .note(words.text("set.next.round"));
    }

    @Override
    protected void setup() {
        people.setField(room.field);
        people.setPortrayalForAll(new RoomPortrayal(room, words));
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
        return words.text("room.status", room.runs() + 1, r.second(), r.setup().seconds(), r.setup().emergencySeconds(),
                words.number(room.settings().getSpeed(), 0));
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        boolean two = room.settings().compare();
        display = Frames.display(two ? 1100 : 720, two ? 520 : 700, this);
        display.attach(people, words.text("room.window"));
        // The room's first people are seated already: show them before the first step.
        people.setField(room.field);
        people.setPortrayalForAll(new RoomPortrayal(room, words));
        displayFrame = display.createFrame();
        displayFrame.setTitle(words.text(two ? "room.window.compare" : "room.window"));
        status = Frames.decorate(displayFrame, words.text(two ? "room.title.compare" : "room.title"), new Legend(two ? 6 : 3,
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.IN_NEED, "!", words.text("legend.in.need")),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.NOTICED, "…", words.text("legend.noticed")),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.HESITATING, "?", words.text("legend.hesitating")),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.ACTED, "✔", words.text("legend.acted")),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.DID_NOT_ACT, null, words.text("legend.did.not")),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.CONFEDERATE, "–", words.text("legend.passive"))));
        status.setText(words.text("room.status.ready"));
        displayFrame.pack();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        chartFrame = new JFrame(words.text("chart.window"));
        chartFrame.getContentPane().add(chart.panel(), BorderLayout.CENTER);
        chartFrame.setSize(760, 600);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);
        if (c instanceof Console console) Frames.arrange(displayFrame, chartFrame, console, two);
    }

    /** What the window shows, for the launcher's status.json (read on the Swing thread). */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("started", room.started());
        int others = 0, subjects = 0, inNeed = 0;
        for (Object o : room.field.getAllObjects()) {
            if (!(o instanceof ClassroomState.Person p)) continue;
            if (p.index() < 0) inNeed++;
            else if (p.subject()) subjects++;
            else others++;
        }
        m.put("drawn_in_need", inNeed);
        m.put("drawn_subjects", subjects);
        m.put("drawn_others", others);
        m.put("room_others_setting", room.rooms().get(0).setup().others());
        java.util.List<String> captions = new java.util.ArrayList<>();
        for (int k = 0; k < room.rooms().size(); k++) captions.addAll(java.util.List.of(RoomPortrayal.caption(words, room, k)));
        m.put("captions", captions);
        m.put("settings_labels", settingsLabels());
        m.put("chart_texts", chart.texts());
        return m;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (chartFrame != null) chartFrame.dispose();
    }
}
