package dev.khabar.rules.date;

import dev.khabar.DateMention;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import dev.khabar.data.DataFile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every {@code # EXAMPLE:} line of the date data files reads as one mention covering the phrase, with its value. */
class DateDataExamplesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 7);

    @Test
    void everyExampleInTheDataHoldsItsValue() {
        Extractor extractor = Extractor.builder().stages(EnumSet.of(Stage.DATES)).build();
        List<DataFile.Row> examples = new ArrayList<>();
        for (String file : Lexicon.FILES) {
            examples.addAll(DataFile.examples(Lexicon.class, file));
        }
        examples.addAll(DataFile.examples(Lexicon.class, Lexicon.TENSE_FILE));
        examples.addAll(DataFile.examples(Lexicon.class, Cues.FILE));
        List<String> failures = new ArrayList<>();
        for (DataFile.Row ex : examples) {
            // a phrase in a sentence is marked with brackets: ستعقد القمة في [14 يونيو]
            String marked = ex.get(0);
            int open = marked.indexOf('[');
            String sentence = marked.replace("[", "").replace("]", "");
            String phrase = open < 0 ? marked : marked.substring(open + 1, marked.indexOf(']'));
            String value = ex.get(1);
            String problem = ex.columns().size() != 2 ? "not PHRASE<TAB>VALUE"
                    : check(extractor.extract(sentence, PUBLISHED), Math.max(open, 0), phrase, value);
            if (problem != null) {
                failures.add(ex.file() + ":" + ex.line() + ": " + phrase + " — expected " + value + ": " + problem);
            }
        }
        failures.forEach(System.out::println);
        assertTrue(examples.size() >= 60, "the data files should carry examples, found " + examples.size());
        assertTrue(failures.isEmpty(), failures.size() + " examples fail:\n" + String.join("\n", failures));
    }

    /** Null when exactly one date or duration covers {@code phrase} and has {@code value}; else what went wrong. */
    static String check(Extraction e, String phrase, String value) {
        return check(e, 0, phrase, value);
    }

    /** As {@link #check(Extraction, String, String)}, for a phrase at {@code start} in a longer sentence. */
    static String check(Extraction e, int start, String phrase, String value) {
        List<String> found = new ArrayList<>();
        String match = null;
        for (DateMention d : e.dates()) {
            found.add("[" + d.text() + "] " + d.value());
            if (d.start() == start && d.end() == start + phrase.length()) {
                match = d.value();
            }
        }
        for (DurationMention d : e.durations()) {
            found.add("[" + d.text() + "] " + d.value());
            if (d.start() == start && d.end() == start + phrase.length()) {
                match = d.value();
            }
        }
        if (found.size() != 1 || match == null) {
            return "found " + found;
        }
        return value.equals(match) ? null : "got " + match;
    }
}
