package nl.samenspel.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

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

    public static String gitCommit() {
        String id = GIT.getProperty("git.commit.id.full", "unknown");
        return "true".equals(GIT.getProperty("git.dirty")) ? id + "-dirty" : id;
    }
}
