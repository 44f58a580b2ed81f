package dev.khabar.ner;

import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Mention;
import dev.khabar.Location;
import dev.khabar.Organization;
import dev.khabar.Person;
import dev.khabar.Stage;
import dev.khabar.data.DataFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code # EXAMPLE: SENTENCE => MENTION [= NAME]} of the stage's rule files: the sentence must yield a mention
 * with exactly that text (and that canonical name, when given); {@code SENTENCE => !TEXT}: no mention may have that
 * text. Each failure is printed with its reason.
 */
class NerDataExamplesTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.NER)).build();
    /** Tables that are not rules and have no sentences to show: the model's word classes and the class maps. */
    private static final Set<String> NOT_RULES = Set.of("word-classes.tsv", "newsfane-classes.tsv",
            "wikifane-classes.tsv", "aqmar-classes.tsv");

    /** Every rule file of the stage, found on the class path, so that a new one cannot be left unchecked. */
    static List<String> ruleFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(NerData.class.getResource("organizations.tsv").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".tsv") && !NOT_RULES.contains(f)).sorted().toList();
        }
    }

    @Test
    void everyExampleInTheDataHolds() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        List<String> files = ruleFiles();
        assertTrue(files.contains("sports-words.tsv") && files.size() >= 13, "rule files: " + files);
        for (String file : files) {
            List<DataFile.Row> examples = DataFile.examples(NerData.class, file);
            assertFalse(examples.isEmpty(), file + " has no examples");
            for (DataFile.Row example : examples) {
                checked++;
                String problem = example.columns().size() == 1 ? check(example.get(0)) : "not SENTENCE => MENTION";
                if (problem != null) {
                    failures.add(file + ":" + example.line() + ": " + example.get(0) + " -> " + problem);
                }
            }
        }
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " examples fail: " + failures);
    }

    private static String check(String example) {
        String[] parts = example.split("=>");
        if (parts.length != 2) {
            return "not SENTENCE => MENTION";
        }
        String sentence = parts[0].strip();
        String[] expected = parts[1].split("=");
        String text = expected[0].strip();
        String name = expected.length > 1 ? expected[1].strip() : null;
        Extraction e = EXTRACTOR.extract(sentence);
        List<Mention> all = e.all();
        if (text.startsWith("!")) {
            String unwanted = text.substring(1).strip();
            return all.stream().anyMatch(m -> m.text().equals(unwanted)) ? "found, but must not be: " + all : null;
        }
        for (Mention m : all) {
            if (m.text().equals(text)) {
                if (name != null && !name.equals(nameOf(m))) {
                    return "found with another name: " + m;
                }
                return null;
            }
        }
        return "not found; got " + all;
    }

    private static String nameOf(Mention m) {
        if (m instanceof Organization o) {
            return o.name();
        }
        if (m instanceof Person p) {
            return p.name();
        }
        return m instanceof Location l ? l.name() : null;
    }
}
