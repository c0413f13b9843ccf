package nl.samenspel.cli;

import static nl.samenspel.experiment.sweep.SweepFixtures.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.experiment.sweep.SweepFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportNetworkCommandTest {
    @TempDir
    Path tmp;

    /** The GraphML, read back by networkx, has the nodes, edges, roles and tie types the command reported. */
    @Test
    @org.junit.jupiter.api.Tag("system")
    void graphmlReadsBackInNetworkx() throws Exception {
        SweepFixtures.requireTools("python3-networkx", "/usr/bin/python3");
        Path file = tmp.resolve("net.graphml");
        // Ties that last (ties.decay 0.05 a week) so that every tie type is there at week 80 whatever the fit's decay
        // (0.58 a week at session 20's fit: in a town of 800, no formal-informal tie was left).
        SweepFixtures.Result r = cli("export-network", "baseline", "--set", "population.residents=800", "--set", "coordinators.posts=2",
                "--set", "ties.decay=0.05", "--week", "80", "--format", "graphml", "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("(\\d+) nodes, (\\d+) edges").matcher(r.out());
        assertTrue(m.find(), r.out());
        String script = """
                import sys, collections
                try:
                    import networkx as nx
                except ImportError:
                    print("NO-NETWORKX"); sys.exit(0)
                g = nx.read_graphml(sys.argv[1])
                roles = collections.Counter(d["role"] for _, d in g.nodes(data=True))
                ties = collections.Counter(d["tie_type"] for _, _, d in g.edges(data=True))
                print(g.number_of_nodes(), g.number_of_edges())
                print(" ".join(sorted(roles)))
                print(" ".join(sorted(ties)))
                print(all(0 < d["strength"] <= 1 for _, _, d in g.edges(data=True)))
                print(sum(1 for n, d in g.nodes(data=True) if n.startswith("r")))
                """;
        Path py = Files.writeString(tmp.resolve("read.py"), script);
        SweepFixtures.Result read = SweepFixtures.run(List.of("/usr/bin/python3", py.toString(), file.toString()), tmp, Map.of(), 120);
        assertEquals(0, read.code(), read.out());
        if (read.out().contains("NO-NETWORKX")) SweepFixtures.requireTools("python3-networkx", "/nonexistent/python3-networkx");
        List<String> lines = read.out().lines().toList();
        assertEquals(m.group(1) + " " + m.group(2), lines.get(0));
        assertEquals("coordinator initiative professional resident volunteer", lines.get(1));
        assertEquals("professional_coordinator professional_initiative professional_volunteer resident", lines.get(2));
        assertEquals("True", lines.get(3));
        assertEquals("800", lines.get(4), "one node per resident");
    }

    @Test
    void badFormatAndExistingFileAreBadInput() throws Exception {
        SweepFixtures.Result r = cli("export-network", "baseline", "--format", "pajek", "--out", tmp.resolve("x").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--format: expected graphml, gexf or dot"), r.err());
        Path existing = Files.writeString(tmp.resolve("keep.dot"), "keep");
        SweepFixtures.Result again = cli("export-network", "baseline", "--set", "population.residents=200", "--format", "dot", "--out", existing.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertEquals("keep", Files.readString(existing));
        assertFalse(again.err().contains("Exception"));
    }
}
