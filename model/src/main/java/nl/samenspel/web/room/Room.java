package nl.samenspel.web.room;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.samenspel.web.Refusal;
import nl.samenspel.web.WebServer;

/**
 * The participatory classroom (issue 11 item 5): students join with the room code, the teacher
 * starts rounds, each round puts everyone present in groups of 1, 2 or 5, and each student answers
 * a request for help without seeing the others' answers until the round ends. Only the CSV of
 * anonymous answers is written; everything else lives in memory while the teacher runs it.
 */
public final class Room {
    public static final int MAX_PARTICIPANTS = 200;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String[] ANIMALS = {"Vos", "Uil", "Das", "Egel", "Haas", "Mees", "Otter", "Reiger", "Bever", "Kikker", "Merel",
        "Spreeuw", "Hert", "Zwaan", "Mus", "Lynx", "Wolf", "Valk", "Mol", "Gans"};
    private final String code;
    private final String teacherKey = WebServer.newToken(18);
    private final boolean named;
    private final int roundSeconds;
    private final Path csv;
    private final SplittableRandom random;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final List<Round> rounds = new ArrayList<>();
    private int version;

    /**
     * @param named        the request names one member of each group (explicit responsibility)
     * @param roundSeconds a round ends by itself after this long, or when everyone answered
     * @param csv          where the answers are written, anew at the end of every round
     */
    public Room(boolean named, int roundSeconds, Path csv, long seed) {
        this.named = named;
        this.roundSeconds = roundSeconds;
        this.csv = csv;
        this.random = new SplittableRandom(seed);
        StringBuilder c = new StringBuilder();
        java.security.SecureRandom r = new java.security.SecureRandom();
        for (int i = 0; i < 6; i++) c.append(CODE_ALPHABET.charAt(r.nextInt(CODE_ALPHABET.length())));
        this.code = c.toString();
    }

    public String code() {
        return code;
    }

    public String teacherKey() {
        return teacherKey;
    }

    public boolean named() {
        return named;
    }

    public int roundSeconds() {
        return roundSeconds;
    }

    public Path csv() {
        return csv;
    }

    public synchronized int version() {
        tick();
        return version;
    }

    public synchronized int participants() {
        return participants.size();
    }

    public synchronized List<Round> rounds() {
        tick();
        return List.copyOf(rounds);
    }

    public synchronized Round current() {
        tick();
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }

    static boolean same(String a, String b) {
        return a != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isCode(String given) {
        return given != null && same(given.trim().toUpperCase(java.util.Locale.ROOT), code);
    }

    public boolean isTeacher(String key) {
        return same(key, teacherKey);
    }

    /** A new participant, or the one this phone already is; refused without the code or when the room is full. */
    public synchronized Participant join(String givenCode, String existingKey) {
        if (!isCode(givenCode)) throw Refusal.forbidden("room code");
        if (existingKey != null && participants.containsKey(existingKey)) return participants.get(existingKey);
        if (participants.size() >= MAX_PARTICIPANTS) throw new Refusal(403, "full");
        int n = participants.size() + 1;
        Participant p = new Participant(WebServer.newToken(18), String.format("s%03d", n), ANIMALS[(n - 1) % ANIMALS.length] + " " + n);
        participants.put(p.key, p);
        version++;
        return p;
    }

    public synchronized Participant participant(String key) {
        return key == null ? null : participants.get(key);
    }

    /** Starts a round with everyone present (an open round is ended first). */
    public synchronized Round startRound() {
        tick();
        if (participants.isEmpty()) throw new Refusal(409, "empty");
        Round open = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (open != null && !open.ended) end(open);
        List<List<Participant>> drawn = GroupDraw.draw(new ArrayList<>(participants.values()), random);
        List<Round.Group> groups = new ArrayList<>();
        for (List<Participant> members : drawn) groups.add(new Round.Group(groups.size() + 1, members, named ? members.get(random.nextInt(members.size())) : null));
        Round r = new Round(rounds.size() + 1, groups);
        rounds.add(r);
        version++;
        return r;
    }

    public synchronized void endRound() {
        tick();
        Round r = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (r == null || r.ended) throw new Refusal(409, "no round");
        end(r);
    }

    private void end(Round r) {
        r.ended = true;
        version++;
        try {
            RoomCsv.write(csv, rounds);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger("samenspel.web").error("cannot write {}: {}", csv, e.toString());
        }
    }

    /** Ends the open round when its time is up or everyone in it answered. */
    private void tick() {
        Round r = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (r == null || r.ended) return;
        boolean timeUp = System.nanoTime() - r.startedNanos > roundSeconds * 1_000_000_000L;
        if (timeUp || r.answers.size() == r.groupOf.size()) end(r);
    }

    /** What a student's phone shows now; the first look at an open round starts her clock. */
    public synchronized StudentView view(Participant p) {
        tick();
        Round r = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (r == null || !r.groupOf.containsKey(p.key)) return new StudentView(p, null, null, null, 0);
        Round.Group g = r.groupOf.get(p.key);
        if (!r.ended) r.seen.putIfAbsent(p.key, System.nanoTime());
        return new StudentView(p, r, g, r.answers.get(p.key), r.ended ? r.helpedIn(g) : -1);
    }

    /** The key of what a student's screen shows ({@link StudentView#key()}), without starting her clock. */
    public synchronized String viewKey(Participant p) {
        tick();
        Round r = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (r == null || !r.groupOf.containsKey(p.key)) return "wait";
        return r.number + (r.ended ? "e" : "o") + (r.answers.containsKey(p.key) ? "a" : "");
    }

    /** Answers in the open round so far (the teacher sees how many, not which). */
    public synchronized int answered() {
        Round r = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        return r == null ? 0 : r.answers.size();
    }

    /** A student's answer to the open round; once only, and only to the round she is in. */
    public synchronized void answer(Participant p, int round, boolean helped) {
        tick();
        Round r = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (r == null || r.number != round || r.ended) throw new Refusal(409, "closed");
        if (!r.groupOf.containsKey(p.key)) throw new Refusal(409, "not in round");
        if (r.answers.containsKey(p.key)) throw new Refusal(409, "answered");
        long seen = r.seen.getOrDefault(p.key, r.startedNanos);
        r.answers.put(p.key, new Round.Answer(helped, (System.nanoTime() - seen) / 1e9));
        version++;
        tick();
    }

    /** One student's screen: waiting (no round), the request (open), or the group's result (ended). */
    public record StudentView(Participant participant, Round round, Round.Group group, Round.Answer answer, int helpedInGroup) {
        public boolean waiting() {
            return round == null;
        }

        public boolean open() {
            return round != null && !round.ended;
        }

        /** Changes whenever this screen must change, for the phone's polling. */
        public String key() {
            return round == null ? "wait" : round.number + (round.ended ? "e" : "o") + (answer != null ? "a" : "");
        }
    }
}
