package dev.khabar.rules.hashtag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Hashtag;
import dev.khabar.Stage;
import dev.khabar.json.JsonCodec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** twitter-text's hashtag extraction conformance cases (testdata/twitter-text), loaded at run time. */
class HashtagConformanceTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.HASHTAGS)).build();

    private static List<String> tags(String text) {
        Extraction e = EXTRACTOR.extract(text);
        List<String> tags = new ArrayList<>();
        for (Hashtag h : e.hashtags()) {
            assertEquals(text.substring(h.start(), h.end()), h.text());
            assertEquals(h.text().substring(1), h.tag());
            tags.add(h.tag());
        }
        return tags;
    }

    @Test
    void everyTwitterTextCasePasses() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String line : Files.readAllLines(Path.of("testdata/twitter-text/hashtags.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode c = JsonCodec.readTree(line);
            List<String> expected = new ArrayList<>();
            c.get("expected").forEach(t -> expected.add(t.asText()));
            List<String> actual = tags(c.get("text").asText());
            cases++;
            if (!expected.equals(actual)) {
                failures.add(c.get("description").asText() + ": expected " + expected + " but got " + actual);
            }
        }
        assertEquals(76, cases, "the conformance file should hold 76 cases");
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    @Test
    void arabicProcliticBeforeTheSignStaysOutside() {
        assertEquals(List.of("أنقذوا_الأسرى", "الحرية_للأسرى"), tags("و#أنقذوا_الأسرى، و#الحرية_للأسرى."));
    }

    @Test
    void arabicPunctuationEndsTheTag() {
        assertEquals(List.of("غزة", "القدس", "فلسطين"), tags("#غزة، #القدس؛ #فلسطين؟"));
    }

    @Test
    void keepsTatweelHarakatAndZwnj() {
        assertEquals(List.of("ســـلام_عليكم", "مَرحبا", "می\u200Cخواهم"), tags("#ســـلام_عليكم #مَرحبا #می\u200Cخواهم"));
    }

    @Test
    void notInUrlsNotDigitsOnlyNotAfterWords() {
        assertEquals(List.of(), tags("https://example.com/#news example.org/#x"));
        assertEquals(List.of(), tags("#2026 #١٢٣"));
        assertEquals(List.of(), tags("كلمة#وسم"));
        assertEquals(List.of(), tags("&#1234;"));
    }
}
