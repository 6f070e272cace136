package dev.waiver.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds {@code waiver-java/<version> (<module>) java/<version>}. */
final class UserAgent {

    private static final String VERSION = loadVersion();

    private UserAgent() {
    }

    static String of(String module) {
        return "waiver-java/" + VERSION + " (" + module + ") java/" + System.getProperty("java.version", "unknown");
    }

    static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/dev/waiver/core/waiver-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
