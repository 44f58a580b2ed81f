package dev.khabar.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written in the jar's manifest at build time ({@code Implementation-Version}). */
public final class Version implements IVersionProvider {

    /** The version of the running jar, or {@code unknown} when run from classes outside a jar. */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "unknown (not run from a jar)";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"khabar " + current()};
    }
}
