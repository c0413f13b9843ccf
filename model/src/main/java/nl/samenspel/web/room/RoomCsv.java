package nl.samenspel.web.room;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.output.AtomicFiles;
import nl.samenspel.output.Numbers;

/** The class's answers, one row per student and round, with anonymous ids only (no names, no aliases). */
public final class RoomCsv {
    public static final String HEADER = "round,participant,group,group_size,named,answered,helped,seconds";

    private RoomCsv() {}

    public static String text(List<Round> rounds) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Round r : rounds) {
            if (!r.ended) continue;
            for (Round.Group g : r.groups) {
                for (Participant p : g.members()) {
                    Round.Answer a = r.answers.get(p.key);
                    b.append(r.number).append(',').append(p.id).append(',').append(g.number()).append(',').append(g.size()).append(',')
                            .append(g.named() == p).append(',').append(a != null).append(',').append(a != null && a.helped()).append(',')
                            .append(a == null ? "" : Numbers.format(Math.round(a.seconds() * 10) / 10.0)).append('\n');
                }
            }
        }
        return b.toString();
    }

    static void write(Path csv, List<Round> rounds) throws IOException {
        AtomicFiles.write(csv, text(rounds));
    }
}
