package dev.khabar.usage;

import dev.khabar.*;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.*;
import java.util.*;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consumer's code outside the library's package, with {@code import dev.khabar.*} beside {@code java.time.*} and
 * {@code java.util.*}: this file compiles only while no public type of {@code dev.khabar} shares a simple name with one
 * of those packages that the code uses ({@code Duration}, {@code Calendar}, {@code Currency}, ...).
 */
class WildcardImportsTest {

    @Test
    void theApiReadsBesideJavaTimeAndJavaUtil() {
        Duration timeout = Duration.ofSeconds(5);
        LocalDate published = LocalDate.of(2026, 2, 7);
        List<Mention> all = new ArrayList<>();
        Extraction x = Extraction.empty();
        all.addAll(x.all());
        DurationMention age = new DurationMention("45 عاما", 0, 7, "P45Y", true, "age");
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
        Currency euro = Currency.getInstance("EUR");
        assertEquals(Period.parse("P45Y"), Period.parse(age.value()));
        assertTrue(timeout.toSeconds() == 5 && published.getYear() == 2026 && all.isEmpty());
        assertEquals("EUR", euro.getCurrencyCode());
        assertTrue(calendar.get(Calendar.YEAR) > 2000);
        assertEquals(MentionType.DURATION, age.type());
    }

    /** Every public type of {@code dev.khabar}, against every public type of the packages a consumer imports whole. */
    @Test
    void noApiTypeNameIsAlsoAJdkTypeName() throws IOException, URISyntaxException {
        Set<String> jdk = new TreeSet<>();
        try (ModuleReader reader = ModuleFinder.ofSystem().find("java.base").orElseThrow().open()) {
            reader.list().filter(n -> n.matches("java/(lang|time|util|io|math)/[A-Za-z0-9]+\\.class"))
                    .map(n -> n.substring(n.lastIndexOf('/') + 1, n.length() - ".class".length()))
                    .forEach(jdk::add);
        }
        assertTrue(jdk.contains("Duration") && jdk.contains("Calendar"), "java.base was read: " + jdk.size());
        Path api = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/khabar");
        Set<String> ours;
        try (Stream<Path> files = Files.list(api)) {
            ours = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(WildcardImportsTest::isPublic)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(ours.contains("Extractor") && ours.contains("DurationMention"), "the API was read: " + ours);
        Set<String> clashes = new TreeSet<>(ours);
        clashes.retainAll(jdk);
        assertEquals(Set.of(), clashes, "public types of dev.khabar named as a type of java.lang, java.time, java.util,"
                + " java.io or java.math");
    }

    private static boolean isPublic(String simpleName) {
        try {
            return java.lang.reflect.Modifier.isPublic(Class.forName("dev.khabar." + simpleName).getModifiers());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
