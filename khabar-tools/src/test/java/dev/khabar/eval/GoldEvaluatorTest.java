package dev.khabar.eval;

import dev.khabar.Extraction;
import dev.khabar.Location;
import dev.khabar.Organization;
import dev.khabar.Person;
import dev.khabar.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring rules of the gold evaluator: which types are scored, n/a, and the causes it reports. */
class GoldEvaluatorTest {
    // "وزارة الخارجية" [5,19) is an organization, "برلين" [23,28) after و a location; no persons are in gold
    private static final String TEXT = "قالت وزارة الخارجية في وبرلين اليوم";
    private static final String GOLD = "{\"id\":\"d1\",\"text\":\"" + TEXT + "\",\"gold\":{"
            + "\"organizations\":[{\"text\":\"وزارة الخارجية\",\"start\":5,\"end\":19,\"alt\":[]}],"
            + "\"persons\":[],"
            + "\"locations\":[{\"text\":\"برلين\",\"start\":24,\"end\":29,\"alt\":[]}]}}";

    @TempDir
    Path dir;

    private Path gold() throws IOException {
        assertEquals("وزارة الخارجية", TEXT.substring(5, 19));
        assertEquals("برلين", TEXT.substring(24, 29));
        return Files.writeString(dir.resolve("g.jsonl"), GOLD + "\n", StandardCharsets.UTF_8);
    }

    private static GoldEvaluator finding(Extraction e) {
        return new GoldEvaluator((text, date) -> e);
    }

    private static Extraction of(List<Organization> orgs, List<Person> persons, List<Location> locs) {
        return new Extraction(orgs, persons, locs, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aTypeWithNothingInGoldAndNothingFoundIsNotApplicable() throws IOException {
        GoldEvaluator.Report r = finding(of(List.of(new Organization("وزارة الخارجية", 5, 19, "وزارة الخارجية", Source.PATTERN)),
                List.of(), List.of(new Location("برلين", 24, 29, "برلين", Source.PATTERN)))).evaluate(gold());
        Score persons = r.scores().get("persons");
        assertTrue(persons.isEmpty());
        assertTrue(Double.isNaN(persons.f1()));
        assertEquals(1.0, r.scores().get("organizations").f1(), 1e-9);
        String printed = print(r, false);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("persons") && l.contains("n/a")), printed);
        assertFalse(printed.contains("1.000   1.000   1.000     0"), printed);
        // the micro-average is over what was scored
        assertEquals(2, r.micro().truePositives);
    }

    @Test
    void aTypeWithNothingInGoldButSomethingFoundHasPrecisionZero() throws IOException {
        GoldEvaluator.Report r = finding(of(List.of(), List.of(new Person("اليوم", 30, 35, "اليوم", Source.PATTERN)), List.of()))
                .evaluate(gold());
        Score persons = r.scores().get("persons");
        assertFalse(persons.isEmpty());
        assertEquals(0.0, persons.precision(), 1e-9);
        assertEquals(0.0, persons.f1(), 1e-9);
    }

    @Test
    void typesTheGoldDoesNotAnnotateAreNotScored() throws IOException {
        GoldEvaluator.Report r = finding(Extraction.empty()).evaluate(gold());
        assertEquals(List.of("organizations", "persons", "locations"), List.copyOf(r.scores().keySet()));
        assertEquals(List.of("dates", "durations", "counts", "hashtags"), r.notAnnotated());
        assertTrue(print(r, false).contains("not scored (the gold file does not annotate them): dates"));
    }

    @Test
    void typesSelectsWhatIsScored() throws IOException {
        GoldEvaluator.Report r = finding(of(List.of(), List.of(), List.of(new Location("برلين", 24, 29, "برلين", Source.PATTERN))))
                .evaluate(gold(), List.of("locations", "dates"));
        assertEquals(List.of("locations"), List.copyOf(r.scores().keySet()));
        assertEquals(List.of("dates"), r.notAnnotated());
        assertEquals(1, r.micro().truePositives);
        assertEquals(0, r.micro().falseNegatives, "the missed organization is not scored");
        assertTrue(r.errors().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> finding(Extraction.empty()).evaluate(gold(), List.of("dates ")));
    }

    @Test
    void verboseGroupsErrorsByTypeAndCauseBiggestFirst() throws IOException {
        // "وبرلين" keeps its proclitic; "الخارجية" is too short; "اليوم" is a spurious person
        GoldEvaluator.Report r = finding(of(List.of(new Organization("الخارجية", 11, 19, "الخارجية", Source.PATTERN)),
                List.of(new Person("اليوم", 30, 35, "اليوم", Source.PATTERN)),
                List.of(new Location("وبرلين", 23, 29, "وبرلين", Source.PATTERN)))).evaluate(gold());
        List<String> causes = r.errors().stream().map(e -> e.type() + ":" + (e.missed() ? "M" : "F") + ":" + e.cause()).toList();
        assertEquals(List.of("organizations:M:span too short", "organizations:F:span too short",
                "persons:F:spurious", "locations:M:proclitic kept", "locations:F:proclitic kept"), causes);
        String printed = print(r, true);
        int orgs = printed.indexOf("organizations: 2 errors (1 missed, 1 false alarms)");
        int persons = printed.indexOf("persons: 1 errors (0 missed, 1 false alarms)");
        assertTrue(orgs > 0 && persons > orgs, printed);
        assertTrue(printed.contains("missed: proclitic kept"), printed);
        assertTrue(printed.contains("«برلين»   found «وبرلين»"), printed);
        assertTrue(printed.indexOf("d1\tlocations\tMISSED\t[24,29)\tبرلين\t\tproclitic kept\t«وبرلين»") > persons, printed);
    }

    private static String print(GoldEvaluator.Report r, boolean verbose) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), verbose);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
