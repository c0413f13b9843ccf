package nl.samenspel.classroom.window;

import java.awt.BorderLayout;
import java.util.Locale;
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
public final class CareWithUI extends LiveGUIState {
    private final CareSimulation care;
    private final CareSettings settings;
    private final CareView view = new CareView();
    private final CareCharts charts = new CareCharts();
    private final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D ties = new NetworkPortrayal2D();
    private final String scenario;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private JLabel status;
    /** Whether the cut (by the teacher or by the scenario) has been marked on the charts. */
    private boolean cutSeen;

    public CareWithUI(CareSimulation care, String scenario) {
        super(care);
        this.care = care;
        this.scenario = scenario;
        this.settings = new CareSettings(care);
    }

    public static String getName() {
        return "Samenspel classroom: care in the neighbourhood";
    }

    public CareSettings settings() {
        return settings;
    }

    @Override
    public Object getSimulationInspectedObject() {
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
        int coordinators = w.districts.get(0).workingCoordinators(w.week);
        boolean cutNow = w.municipality.coordinatorsCut() && !cutSeen;
        cutSeen = w.municipality.coordinatorsCut();
        String text = String.format(Locale.ROOT, "Year %d, week %d%s · %d volunteers · %d coordinators%s",
                Math.floorDiv(week, 52) + 1, Math.floorMod(week, 52) + 1, week < 0 ? " (warm-up)" : "", volunteers, coordinators,
                Double.isNaN(reach) ? "" : String.format(Locale.ROOT, " · reach %.0f %%", 100 * reach));
        long sleep = Math.round(1000 / settings.getWeeksPerSecond());
        double reachShown = reach;
        SwingUtilities.invokeLater(() -> {
            charts.add(week, volunteers, reachShown);
            if (cutNow) charts.markCut(week);
            status.setText(text);
            if (controller instanceof Console c) c.setPlaySleep(sleep);
        });
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = Frames.display(820, 820, this);
        display.attach(ties, "Formal-informal ties");
        display.attach(people, "People");
        displayFrame = display.createFrame();
        displayFrame.setTitle("The neighbourhood");
        status = Frames.decorate(displayFrame, "Who helps whom? (" + scenario + ")", new Legend(4,
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.RESIDENT, null, "resident"),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.IN_NEED, null, "needs help"),
                new Legend.Entry(Glyphs.Kind.CIRCLE, Palette.NOTICED, null, "being helped"),
                new Legend.Entry(Glyphs.Kind.TRIANGLE, Palette.VOLUNTEER, null, "volunteer"),
                new Legend.Entry(Glyphs.Kind.ROUNDED, Palette.INITIATIVE, null, "initiative"),
                new Legend.Entry(Glyphs.Kind.SQUARE, Palette.COORDINATOR, null, "coordinator"),
                new Legend.Entry(Glyphs.Kind.DIAMOND, Palette.PROFESSIONAL, null, "professional"),
                new Legend.Entry(Glyphs.Kind.LINE, Palette.VOLUNTEER, null, "tie to team")));
        displayFrame.pack();
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        chartFrame = new JFrame("Volunteers and reach");
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
