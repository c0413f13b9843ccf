package nl.samenspel.classroom.window;

import sim.display.GUIState;
import sim.engine.SimState;

/**
 * What both classroom windows share: their settings change under the teacher's hands, so the
 * Model tab is volatile, and whether a run starts fresh or is loaded, the window wires itself
 * to the new state the same way ({@link #setup()}).
 */
abstract class LiveGUIState extends GUIState {
    LiveGUIState(SimState state) {
        super(state);
    }

    /** Connects portrayals, charts and status to the state that has just started or been loaded. */
    protected abstract void setup();

    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector i = super.getInspector();
        i.setVolatile(true);
        return i;
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
