package dev.khabar.rules.date;

import dev.khabar.normalize.ArabicNormalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date rules compare token texts, which are normalized (ى → ي, ة → ه, أ → ا), with Arabic literals written in
 * Java: a literal in ordinary spelling ({@code "على"}) can never match. Every Arabic string or char literal in the
 * package's sources must therefore be in normalized form already.
 */
class NormalizedLiteralsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/khabar/rules/date");

    @Test
    void arabicLiteralsAreNormalized() throws IOException {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<String> bad = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (literal.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
                        seen++;
                        if (!normalizer.normalizeWord(literal).equals(literal)) {
                            bad.add(file.getFileName() + ": \"" + literal + "\" should be \""
                                    + normalizer.normalizeWord(literal) + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(seen > 20, "the scan should find the package's Arabic literals, found " + seen);
        assertEquals(List.of(), bad);
    }

    @Test
    void theScanSeesLiteralsAndSkipsComments() {
        List<String> found = literals("a(\"على\"); // \"ignored\"\n/* \"also\" */ char c = 'ى'; s = \"a\\\"b\";");
        assertEquals(List.of("على", "ى", "a\\\"b"), found);
        assertTrue(!new ArabicNormalizer().normalizeWord("على").equals("على"), "ى folds to ي");
    }

    /** The string and char literals of Java source, outside comments (escapes kept as written). */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                int e = src.indexOf('\n', i);
                i = e < 0 ? n : e + 1;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int e = src.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(src.substring(i + 1, Math.min(j, n)));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
