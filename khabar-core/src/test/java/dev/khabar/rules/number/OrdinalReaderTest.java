package dev.khabar.rules.number;

import dev.khabar.data.DataFile;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.tokenize.Token;
import dev.khabar.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrdinalReaderTest {
    private static final OrdinalReader READER = new OrdinalReader();
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static NumberMatch read(String text) {
        return READER.read(TOKENIZER.tokenize(NORMALIZER.normalize(text).text()), 0);
    }

    @Test
    void everyExampleInTheDataFileReads() {
        List<String> failures = new ArrayList<>();
        List<DataFile.Row> examples = DataFile.examples(OrdinalReader.class, "ordinal-words.tsv");
        for (DataFile.Row e : examples) {
            List<Token> tokens = TOKENIZER.tokenize(NORMALIZER.normalize(e.get(0)).text());
            NumberMatch m = READER.read(tokens, 0);
            if (m == null || m.lastToken() != tokens.size() - 1 || m.value().intValue() != Integer.parseInt(e.get(1))) {
                failures.add(e.get(0) + ": expected " + e.get(1) + ", got " + m);
            }
        }
        assertTrue(examples.size() >= 8);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyProcliticOfTheInventoryIsTakenOff() {
        for (String text : List.of("فالثالث", "وبالثالث", "للثالث", "كالثالث", "والثالث")) {
            NumberMatch m = read(text);
            assertTrue(m != null && m.value().intValue() == 3, text + ": " + m);
        }
        NumberMatch m = read("فالثالث");
        assertTrue(m.start() == 1, "the proclitic stays outside: " + m);
    }

    @Test
    void cardinalsAndHeadsAloneAreNoOrdinals() {
        assertNull(read("ثلاثة"));
        assertNull(read("الحادي"));
        assertNull(read("عشرون"));
    }
}
