package dev.khabar.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the running command line: the jar manifest's {@code Implementation-Version}, which the build writes;
 * run from classes (an IDE, {@code mvn exec}), the version the build wrote beside them, marked as such.
 */
public final class Version implements IVersionProvider {
    private static final String BUILT = "/dev/khabar/cli/version.properties";

    /** The version of the running jar, else that of the build the classes come from, else {@code unknown}. */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        String built = built();
        return built != null ? built + " (run from classes, not from a jar)" : "unknown (no build information)";
    }

    /** The version the build filtered into {@value #BUILT}, or null when it is missing or was not filtered. */
    static String built() {
        try (InputStream in = Version.class.getResourceAsStream(BUILT)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            return v == null || v.isBlank() || v.startsWith("${") ? null : v.trim();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"khabar " + current()};
    }
}
