package nl.samenspel.output;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * manifest.json: what produced an output folder (version, commit, seeds, resolved parameters,
 * command line, times) and a SHA-256 of every file in it, so a run can be checked and redone.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    /** In a holder, so that a command that only writes manifests never loads Jackson's databind. */
    private static final class Jackson {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Manifest() {
        fields.put("tool", "samenspel");
        fields.put("version", BuildInfo.version());
        fields.put("git_commit", BuildInfo.gitCommit());
        fields.put("java_version", System.getProperty("java.version"));
    }

    /** A manifest whose fields are those of a typed record (e.g. {@link RunManifest}), in its order. */
    public static Manifest of(Object record) {
        Manifest m = new Manifest();
        m.fields.clear();
        m.fields.putAll(record instanceof Record r ? JsonText.fields(r)
                : Jackson.JSON.convertValue(record, new TypeReference<LinkedHashMap<String, Object>>() {}));
        return m;
    }

    /** The fields every manifest has, to tell what kind of folder it describes before reading it as that kind. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Head(String tool, String version, @JsonProperty("git_commit") String gitCommit, String kind) {}

    public static Head readHead(Path file) throws IOException {
        return Jackson.JSON.readValue(file.toFile(), Head.class);
    }

    public static RunManifest readRun(Path file) throws IOException {
        return Jackson.JSON.readValue(file.toFile(), RunManifest.class);
    }

    public Manifest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    /** Hashes every file in the folder (but the manifest) and writes the manifest atomically. */
    public void writeTo(Path dir) throws IOException {
        fields.put("outputs", hashes(dir));
        AtomicFiles.write(dir.resolve(FILE), text(fields).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (rel.equals(FILE) || rel.startsWith(".")) continue;
                out.put(rel, sha256(f));
            }
        }
        return out;
    }

    /** The SHA-256 of a file, read in blocks (tables may be larger than memory). */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> read(Path file) throws IOException {
        return Jackson.JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    public static String toJson(Object o) throws IOException {
        return Jackson.JSON.writeValueAsString(o);
    }

    /** The manifest's text: Jackson's pretty printing, by {@link JsonText} where it knows every value. */
    static String text(Map<String, Object> fields) throws IOException {
        try {
            return JsonText.write(fields);
        } catch (JsonText.Unsupported e) {
            return Jackson.JSON.writeValueAsString(fields);
        }
    }

    public static List<String> stringList(Object o) {
        return o == null ? List.of() : ((List<?>) o).stream().map(String::valueOf).toList();
    }
}
