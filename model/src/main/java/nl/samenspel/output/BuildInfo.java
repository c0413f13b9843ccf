package nl.samenspel.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Version and git commit of this build, for manifests. */
public final class BuildInfo {
    private static final Properties VERSION = load("/nl/samenspel/version.properties");
    private static final Properties GIT = load("/git.properties");

    private BuildInfo() {}

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // a build without the file reports "unknown"
        }
        return p;
    }

    public static String version() {
        return VERSION.getProperty("version", "unknown");
    }

    /** The packages whose classes make the model's results: a change there can change any number. */
    static final List<String> MODEL_PACKAGES = List.of("nl/samenspel/model/", "nl/samenspel/engine/", "nl/samenspel/metrics/");

    /** Which build this is: enough to tell whether two sweeps' rows came from the same model. */
    public record Identity(String version, @JsonProperty("git_commit") String gitCommit, @JsonProperty("model_hash") String modelHash) {
        public String describe() {
            return "samenspel " + version + ", commit " + gitCommit + ", model classes " + (modelHash == null ? "unknown" : modelHash.substring(0, Math.min(12, modelHash.length())));
        }
    }

    private static Identity identity;

    /** This build, with a SHA-256 of its model classes (computed once, from the jar or class folder it runs from). */
    public static synchronized Identity identity() {
        if (identity == null) identity = new Identity(version(), gitCommit(), modelHash());
        return identity;
    }

    private static String modelHash() {
        Map<String, byte[]> classes = new TreeMap<>();
        try {
            Path where = Path.of(BuildInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> s = Files.walk(where)) {
                    for (Path f : s.filter(Files::isRegularFile).toList()) {
                        String name = where.relativize(f).toString().replace('\\', '/');
                        if (isModelClass(name)) classes.put(name, Files.readAllBytes(f));
                    }
                }
            } else {
                try (ZipFile jar = new ZipFile(where.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(jar.entries())) {
                        if (!e.isDirectory() && isModelClass(e.getName())) {
                            try (InputStream in = jar.getInputStream(e)) {
                                classes.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        if (classes.isEmpty()) return "unknown";
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            classes.forEach((name, bytes) -> {
                md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isModelClass(String name) {
        return name.endsWith(".class") && MODEL_PACKAGES.stream().anyMatch(name::startsWith);
    }

    public static String gitCommit() {
        String id = GIT.getProperty("git.commit.id.full", "unknown");
        return "true".equals(GIT.getProperty("git.dirty")) ? id + "-dirty" : id;
    }
}
