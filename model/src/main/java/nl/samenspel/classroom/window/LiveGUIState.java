package nl.samenspel.classroom.window;

import sim.display.GUIState;
import sim.engine.SimState;

/**
 * What both classroom windows share: the Model tab shows their settings in plain words, and
 * they change under the teacher's hands, so it is volatile; whether a run starts fresh or is loaded, the window wires itself
 * to the new state the same way ({@link #setup()}).
 */
abstract class LiveGUIState extends GUIState {
    LiveGUIState(SimState state) {
        super(state);
    }

    /** Connects portrayals, charts and status to the state that has just started or been loaded. */
    protected abstract void setup();

    private SettingsPanel panel;

    /** The Model tab: the teacher's settings in plain words (built once). */
    protected abstract SettingsPanel settingsPanel();

    @Override
    public sim.portrayal.Inspector getInspector() {
        if (panel == null) panel = settingsPanel();
        panel.setVolatile(true);
        return panel;
    }

    /** The labels of the Model tab, once it was built. */
    protected java.util.List<String> settingsLabels() {
        return panel == null ? java.util.List.of() : panel.labels();
    }

    @Override
    public void start() {
        super.start();
        setup();
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        setup();
    }
}
