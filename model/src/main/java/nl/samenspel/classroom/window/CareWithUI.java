package nl.samenspel.classroom.window;

import java.awt.BorderLayout;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import nl.samenspel.engine.CareSimulation;
import nl.samenspel.metrics.Outcome;
import nl.samenspel.metrics.RunResult;
import nl.samenspel.model.World;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The care model in a MASON window: wraps {@link CareSimulation} (it never knows a window is
 * there), draws the first district's people and formal-informal ties, charts volunteers and reach,
 * and lets the teacher cut the coordinators mid-run from the Console's Model tab.
 */
public final class CareWithUI extends LiveGUIState implements ClassroomLauncher.Described {
    private static volatile String name = "Samenspel";
    private final CareSimulation care;
    private final CareSettings settings;
    private final Words words;
    private final CareView view = new CareView();
    private final CareCharts charts;
    private final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D ties = new NetworkPortrayal2D();
    private final String scenario;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private JLabel status;
    /** Whether the cut (by the teacher or by the scenario) has been marked on the charts. */
    private boolean cutSeen;

    public CareWithUI(CareSimulation care, String scenario, Words words) {
        super(care);
        this.care = care;
        this.scenario = scenario;
        this.words = words;
        this.settings = new CareSettings(care);
        this.charts = new CareCharts(words);
        name = "Samenspel: " + words.text("care.window");
    }

    /** The Console's title (MASON reads it from this static method, after the constructor set it). */
    public static String getName() {
        return name;
    }

    @Override
    protected SettingsPanel settingsPanel() {
        return new SettingsPanel(words.text("set.title"))
                .yesNo(words.text("care.cut"), words.text("care.cut.tip"), settings::getCutCoordinators, settings::setCutCoordinators)
                .decimal(words.text("care.speed"), words.text("care.speed.tip"), settings::getWeeksPerSecond, settings::setWeeksPerSecond, 1, 52, 1, "0");
    }

    @Override
    public java.util.Map<String, Object> describe() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("settings_labels", settingsLabels());
        m.put("status", status == null ? "" : status.getText());
        return m;
    }

    public CareSettings settings() {
        return settings;
    }

    /** The run ends at the end of the horizon; the Console then stops. */
    @Override
    public boolean step() {
        if (care.done()) return false;
        return super.step();
    }

    @Override
    protected void setup() {
        cutSeen = false;
        view.rebuild(care.world());
        people.setField(view.field);
        people.setPortrayalForAll(new CarePortrayals.Nodes());
        ties.setField(new SpatialNetwork2D(view.field, view.ties));
        ties.setPortrayalForAll(new CarePortrayals.Ties());
        SwingUtilities.invokeLater(charts::clear);
        scheduleRepeatingImmediatelyAfter(s -> afterWeek());
        display.reset();
        display.repaint();
    }

    /** On the simulation's thread after each week: redraw the view and hand the numbers to Swing. */
    private void afterWeek() {
        World w = care.world();
        view.rebuild(w);
        int week = w.reportedWeek() - 1;
        int volunteers = settings.getActiveVolunteers();
        double reach = Double.NaN;
        RunResult r = care.result();
        if (r.weeks() > 0) reach = r.weekly(r.weeks() - 1, Outcome.REACH_4W);
        // Posts (funded, held or vacant) and the coordinators working this week are different numbers.
        int posts = w.districts.get(0).coordinators.size();
        int working = w.districts.get(0).workingCoordinators(w.week);
        boolean cutNow = w.municipality.coordinatorsCut() && !cutSeen;
        cutSeen = w.municipality.coordinatorsCut();
        long sleep = Math.round(1000 / settings.getWeeksPerSecond());
        double reachWeek = reach;
        SwingUtilities.invokeLater(() -> {
            double shown = charts.add(week, volunteers, reachWeek); // the header shows the chart's own figure
            if (cutNow) charts.markCut(week);
            // Two lines, so that neither is cut off: the week and the people, then the reach the chart shows.
            String line1 = words.text("care.status", week < 0 ? words.text("care.year.warmup") : words.text("care.year", week / 52 + 1),
                    Math.floorMod(week, 52) + 1, volunteers, posts, working);
            String line2 = Double.isNaN(shown) ? "" : words.text("care.reach", words.percent(shown));
            status.setText(line2.isEmpty() ? line1 : "<html><center>" + line1 + "<br>" + line2 + "</center></html>");
            if (controller instanceof Console c) c.setPlaySleep(sleep);
        });
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = Frames.display(820, 820, this);
        display.attach(ties, words.text("care.legend.tie"));
        display.attach(people, words.text("care.window"));
        displayFrame = display.createFrame();
        displayFrame.setTitle(words.text("care.window"));
        status = Frames.decorate(displayFrame, words.text("care.title", scenario), new Legend(3,
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.RESIDENT, null, words.text("care.legend.resident")),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.IN_NEED, null, words.text("care.legend.need")),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.NOTICED, null, words.text("care.legend.helped")),
                new Legend.Entry(Glyphs.Kind.TRIANGLE, Palette.VOLUNTEER, null, words.text("care.legend.volunteer")),
                new Legend.Entry(Glyphs.Kind.ROUNDED, Palette.INITIATIVE, null, words.text("care.legend.initiative")),
                new Legend.Entry(Glyphs.Kind.SQUARE, Palette.COORDINATOR, null, words.text("care.legend.coordinator")),
                new Legend.Entry(Glyphs.Kind.DIAMOND, Palette.PROFESSIONAL, null, words.text("care.legend.professional")),
                new Legend.Entry(Glyphs.Kind.LINE, Palette.VOLUNTEER, null, words.text("care.legend.tie"))));
        displayFrame.pack();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        chartFrame = new JFrame(words.text("care.chart.window"));
        chartFrame.getContentPane().add(charts.panel(), BorderLayout.CENTER);
        chartFrame.setSize(760, 600);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);
        if (c instanceof Console console) Frames.arrange(displayFrame, chartFrame, console, false);
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (chartFrame != null) chartFrame.dispose();
    }
}
