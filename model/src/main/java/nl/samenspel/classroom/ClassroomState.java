package nl.samenspel.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

/**
 * The classroom room as a MASON {@link SimState}: one tick is one second of {@link BystanderRoom}.
 * Runs follow each other; each finished run is added to the tally of its condition. With two rooms
 * (side by side) both use the same seed in every run, so the same people meet the same luck.
 * It knows nothing of windows: a GUI reads {@link #field}, {@link #tallies()} and listens for runs.
 */
public final class ClassroomState extends SimState {
    private static final long serialVersionUID = 1L;
    /** Width of one room in field units; the person in need sits in the middle. */
    public static final double ROOM = 100;
    private static final int[] CYCLE = {0, 1, 4};
    /** Seconds a finished room stays on screen once everyone who could act has acted. */
    private static final int LINGER = 10;

    /** A drawable person: which room, which person (-1 = the person in need, 0 = the measured person, the subject). */
    public record Person(int room, int index) {
        public boolean subject() {
            return index == 0;
        }
    }

    /** The caption above room {@code room}. */
    public record Caption(int room) {}

    /** The condition a tally belongs to. */
    public record Condition(int others, int confederates, boolean named, boolean inView) {
        static Condition of(BystanderSetup s) {
            return new Condition(s.others(), s.confederates(), s.named(), s.inView());
        }
    }

    private final BystanderSetup fitted;
    private final RoomSettings settings;
    private final long baseSeed;
    public final Continuous2D field;
    private final List<BystanderRoom> rooms = new ArrayList<>();
    private final Map<Condition, BystanderTally> tallies = new TreeMap<>(
            (a, b) -> a.others() != b.others() ? Integer.compare(a.others(), b.others())
                    : a.confederates() != b.confederates() ? Integer.compare(a.confederates(), b.confederates())
                    : a.named() != b.named() ? Boolean.compare(a.named(), b.named()) : Boolean.compare(a.inView(), b.inView()));
    private transient Consumer<ClassroomState> runDone = s -> {};
    private long run;
    private long seconds;
    private int cycle;

    public ClassroomState(BystanderSetup fitted, RoomSettings settings, long seed) {
        super(seed);
        this.fitted = fitted;
        this.settings = settings;
        this.baseSeed = seed;
        this.field = new Continuous2D(ROOM, ROOM * (settings.compare() ? 2 : 1), ROOM + 8);
        preview();
    }

    /**
     * Seats the first run's people before anything starts, so the window shows the room before the
     * first step; {@link #start()} seats them again from the same seed.
     */
    public void preview() {
        cycle = 0;
        run = 0;
        newRun();
        cycle = 0;
    }

    /** False until the first second has passed (the window then asks to press play). */
    public boolean started() { return seconds > 0 || run > 0; }

    public RoomSettings settings() { return settings; }
    public List<BystanderRoom> rooms() { return rooms; }
    /** Finished runs so far. */
    public long runs() { return run; }
    /** Seconds stepped so far, over all runs. */
    public long secondsStepped() { return seconds; }

    /** Tallies by condition, in order of group size; read them holding the schedule's lock. */
    public Map<Condition, BystanderTally> tallies() { return tallies; }

    /** Called (on the simulation's thread) after each finished run. */
    public void onRunDone(Consumer<ClassroomState> listener) { runDone = listener; }

    @Override
    public void start() {
        super.start();
        run = 0;
        seconds = 0;
        cycle = 0;
        tallies.clear();
        newRun();
        schedule.scheduleRepeating((Steppable) s -> tick());
    }

    private void tick() {
        if (settings.getFastForward()) fastForward();
        seconds++;
        boolean finished = true;
        for (BystanderRoom r : rooms) {
            r.step();
            if (!over(r)) finished = false;
        }
        if (!finished) return;
        for (BystanderRoom r : rooms) {
            BystanderSetup s = r.setup();
            tallies.computeIfAbsent(Condition.of(s), c -> new BystanderTally()).add(r);
        }
        run++;
        runDone.accept(this);
        newRun();
    }

    /** Adds quick runs, not drawn, of each group size in view (0, 1 and 4 when cycling), then tells the listener. */
    private void fastForward() {
        settings.setFastForward(false);
        List<Integer> sizes = new ArrayList<>();
        if (settings.getCycleGroupSizes() && !settings.compare()) for (int n : CYCLE) sizes.add(n);
        else for (BystanderRoom r : rooms) sizes.add(r.setup().others());
        for (int k = 0; k < RoomSettings.QUICK_RUNS; k++) {
            long seed = BystanderExperiment.runSeed(baseSeed, run++);
            for (int n : sizes) {
                BystanderSetup s = setupFor(n);
                tallies.computeIfAbsent(Condition.of(s), c -> new BystanderTally())
                        .add(new BystanderRoom(s, seed).runToEnd());
            }
        }
        runDone.accept(this);
    }

    /** A room is over at the end of observation, or a little after everyone who could act has acted. */
    private static boolean over(BystanderRoom r) {
        if (r.done()) return true;
        int last = 0;
        for (int i = 0; i < r.naive(); i++) {
            if (r.actedAt(i) < 0) return false;
            last = Math.max(last, r.actedAt(i));
        }
        return r.second() >= last + LINGER;
    }

    private void newRun() {
        rooms.clear();
        if (settings.getCycleGroupSizes() && !settings.compare()) settings.setGroupSize(CYCLE[cycle++ % CYCLE.length]);
        long seed = BystanderExperiment.runSeed(baseSeed, run);
        rooms.add(new BystanderRoom(setupFor(settings.getGroupSize()), seed));
        if (settings.compare()) rooms.add(new BystanderRoom(setupFor(settings.getSecondGroupSize()), seed));
        place();
    }

    private BystanderSetup setupFor(int others) {
        return fitted.withOthers(others, Math.min(settings.getConfederates(), others))
                .withLoneRate(settings.getLoneRate()).withNamed(settings.getExplicitResponsibility()).withInView(settings.getInView());
    }

    /**
     * The person in need in the middle of each room, everyone present on a circle around her: the
     * subject at the bottom, nearest the viewer, the others round the rest of the circle.
     */
    private void place() {
        field.clear();
        for (int k = 0; k < rooms.size(); k++) {
            double cx = ROOM / 2 + k * ROOM, cy = ROOM / 2 + 8;
            field.setObjectLocation(new Caption(k), new Double2D(cx, 6));
            field.setObjectLocation(new Person(k, -1), new Double2D(cx, cy));
            int n = rooms.get(k).people();
            double radius = n == 1 ? 0.27 * ROOM : 0.30 * ROOM;
            for (int i = 0; i < n; i++) {
                double a = Math.PI / 2 + 2 * Math.PI * i / n;
                field.setObjectLocation(new Person(k, i), new Double2D(cx + radius * Math.cos(a), cy + radius * Math.sin(a)));
            }
        }
    }

    /** What person {@code p} shows now; null for the person in need. */
    public BystanderRoom.State state(Person p) {
        return p.index() < 0 ? null : rooms.get(p.room()).state(p.index());
    }
}
