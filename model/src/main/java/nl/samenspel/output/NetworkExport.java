package nl.samenspel.output;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.samenspel.model.Actor;
import nl.samenspel.model.Coordinator;
import nl.samenspel.model.Initiative;
import nl.samenspel.model.Professional;
import nl.samenspel.model.Volunteer;
import nl.samenspel.model.World;
import nl.samenspel.model.network.ResidentNetwork;
import nl.samenspel.model.network.SamenspelTie;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The whole network of a world as one jgrapht graph, for Gephi or networkx: residents (role
 * {@code resident}, or {@code volunteer} if active) joined by resident ties, and professionals,
 * coordinators and initiatives joined to them by their samenspel ties (type as in {@code TieType},
 * strength). Written as GraphML, GEXF or DOT by jgrapht-io's exporters.
 */
public final class NetworkExport {
    public enum Format { GRAPHML, GEXF, DOT }

    /** A vertex: id, role, wijk and district (-1 where they do not apply). */
    public record Node(String id, String role, int wijk, int district) {}

    /** An edge: {@code resident} for a resident tie, otherwise a samenspel tie type; strength is the tie strength in 0..1 (1 for resident ties). */
    public static final class Link {
        final String type;
        final double weight;

        Link(String type, double weight) {
            this.type = type;
            this.weight = weight;
        }
    }

    private NetworkExport() {}

    public static Graph<Node, Link> graph(World w) {
        Graph<Node, Link> g = new SimpleGraph<>(null, null, false);
        ResidentNetwork net = w.network;
        Node[] residents = new Node[net.size()];
        for (int i = 0; i < net.size(); i++) {
            String role = w.residents.volunteer[i] != null ? "volunteer" : "resident";
            residents[i] = new Node("r" + i, role, w.residents.wijk[i], w.residents.district[i]);
            g.addVertex(residents[i]);
        }
        for (int i = 0; i < net.size(); i++) {
            for (int k = 0; k < net.degree(i); k++) {
                int j = net.neighbour(i, k);
                if (j > i) g.addEdge(residents[i], residents[j], new Link("resident", 1));
            }
        }
        Graph<Actor, SamenspelTie> ties = w.ties.graph();
        Map<Actor, Node> nodes = new LinkedHashMap<>();
        List<Actor> actors = new ArrayList<>(ties.vertexSet());
        actors.sort(Comparator.comparingInt(Actor::id));
        for (Actor a : actors) {
            Node n;
            if (a instanceof Volunteer v) n = residents[v.resident];
            else if (a instanceof Professional p) n = new Node("p" + p.id(), "professional", -1, p.district.id);
            else if (a instanceof Coordinator c) n = new Node("c" + c.id(), "coordinator", -1, c.district.id);
            else if (a instanceof Initiative ini) n = new Node("i" + ini.id(), "initiative", ini.wijk, ini.district.id);
            else n = new Node("a" + a.id(), a.role(), -1, -1);
            g.addVertex(n);
            nodes.put(a, n);
        }
        List<SamenspelTie> edges = new ArrayList<>(ties.edgeSet());
        edges.sort(Comparator.comparingInt((SamenspelTie t) -> ties.getEdgeSource(t).id()).thenComparingInt(t -> ties.getEdgeTarget(t).id()));
        for (SamenspelTie t : edges) {
            g.addEdge(nodes.get(ties.getEdgeSource(t)), nodes.get(ties.getEdgeTarget(t)),
                    new Link(t.type().name().toLowerCase(Locale.ROOT), ties.getEdgeWeight(t)));
        }
        return g;
    }

    public static String write(Graph<Node, Link> g, Format format) {
        StringWriter out = new StringWriter();
        exporter(format).exportGraph(g, out);
        return out.toString();
    }

    private static GraphExporter<Node, Link> exporter(Format format) {
        Function<Node, Map<String, Attribute>> nodeAttrs = n -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("role", DefaultAttribute.createAttribute(n.role()));
            m.put("wijk", DefaultAttribute.createAttribute(n.wijk()));
            m.put("district", DefaultAttribute.createAttribute(n.district()));
            return m;
        };
        Function<Link, Map<String, Attribute>> edgeAttrs = e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("tie_type", DefaultAttribute.createAttribute(e.type));
            m.put("strength", DefaultAttribute.createAttribute(e.weight));
            return m;
        };
        switch (format) {
            case GRAPHML -> {
                GraphMLExporter<Node, Link> x = new GraphMLExporter<>(Node::id);
                x.registerAttribute("role", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
                x.registerAttribute("wijk", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
                x.registerAttribute("district", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
                x.registerAttribute("tie_type", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
                x.registerAttribute("strength", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
                x.setVertexAttributeProvider(nodeAttrs);
                x.setEdgeAttributeProvider(edgeAttrs);
                return x;
            }
            case GEXF -> {
                int[] edgeIds = {0};
                GEXFExporter<Node, Link> x = new GEXFExporter<>(Node::id, e -> Integer.toString(edgeIds[0]++));
                x.registerAttribute("role", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
                x.registerAttribute("wijk", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
                x.registerAttribute("district", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
                x.registerAttribute("tie_type", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
                x.registerAttribute("strength", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
                x.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
                x.setVertexAttributeProvider(nodeAttrs);
                x.setEdgeAttributeProvider(edgeAttrs);
                return x;
            }
            default -> {
                DOTExporter<Node, Link> x = new DOTExporter<>(Node::id);
                x.setVertexAttributeProvider(nodeAttrs);
                x.setEdgeAttributeProvider(edgeAttrs);
                return x;
            }
        }
    }
}
