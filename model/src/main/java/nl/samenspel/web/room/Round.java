package nl.samenspel.web.room;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One round: the groups drawn for it, when each student first saw the request, and each
 * answer with its time. Nobody sees another's answer before the round ends.
 */
public final class Round {
    /** One group: its members, the one the request names (with --named) and the simulated member who asks. */
    public record Group(int number, List<Participant> members, Participant named) {
        public int size() {
            return members.size();
        }
    }

    /** An answer: helped or not, and the seconds from first seeing the request to answering. */
    public record Answer(boolean helped, double seconds) {}

    final int number;
    final List<Group> groups;
    final Map<String, Group> groupOf = new HashMap<>();
    final Map<String, Long> seen = new HashMap<>();
    final Map<String, Answer> answers = new LinkedHashMap<>();
    final long startedNanos = System.nanoTime();
    boolean ended;

    Round(int number, List<Group> groups) {
        this.number = number;
        this.groups = List.copyOf(groups);
        for (Group g : groups) for (Participant p : g.members()) groupOf.put(p.key, g);
    }

    public int number() {
        return number;
    }

    public boolean ended() {
        return ended;
    }

    public List<Group> groups() {
        return groups;
    }

    public Map<String, Answer> answers() {
        return answers;
    }

    /** How many in a group helped (shown to its members once the round is over). */
    int helpedIn(Group g) {
        int n = 0;
        for (Participant p : g.members()) {
            Answer a = answers.get(p.key);
            if (a != null && a.helped()) n++;
        }
        return n;
    }
}
