package dev.khabar;

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
 * The stages compare token texts, which are normalized (ى → ي, ة → ه, أ → ا), with Arabic literals written in Java:
 * a literal in ordinary spelling ({@code "على"}) can never match. Every Arabic string or char literal of the main
 * sources, also one written with {@code \}{@code u} escapes, must therefore be in normalized form already. A literal
 * that is compared with the original text instead says so with the words {@value #ORIGINAL} in a comment on its
 * line or the line before.
 */
class NormalizedLiteralsTest {
    /** The main sources of every module, from the checkout's root. */
    private static final List<Path> SOURCES = Stream.of("khabar-core", "khabar-tools", "khabar-cli", "khabar-spark")
            .map(module -> Path.of(module, "src/main/java")).toList();
    private static final String ORIGINAL = "original text";
    /** Writes input text for the benchmark, in every spelling on purpose; it matches nothing. */
    private static final Path INPUT_TEXT = Path.of("khabar-tools/src/main/java/dev/khabar/bench");

    /** A literal and the line it stands on (1-based). */
    record Literal(int line, String text) {
    }

    @Test
    void arabicLiteralsAreNormalized() throws IOException {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<String> bad = new ArrayList<>();
        int seen = 0;
        List<Path> sources = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(INPUT_TEXT)).sorted().forEach(sources::add);
            }
        }
        for (Path file : sources) {
            String src = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = src.lines().toList();
            for (Literal literal : literals(src)) {
                String text = unescape(literal.text());
                if (text.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF)
                        || lines.get(literal.line() - 1).contains(ORIGINAL)
                        || (literal.line() > 1 && lines.get(literal.line() - 2).contains(ORIGINAL))) {
                    continue;
                }
                seen++;
                if (!normalizer.normalizeWord(text).equals(text)) {
                    bad.add(file + ":" + literal.line() + ": \"" + literal.text()
                            + "\" should be \"" + normalizer.normalizeWord(text) + "\"");
                }
            }
        }
        assertTrue(seen > 200, "the scan should find the sources' Arabic literals, found " + seen);
        assertEquals(List.of(), bad);
    }

    @Test
    void theScanSeesLiteralsAndSkipsComments() {
        List<Literal> found = literals("a(\"على\"); // \"ignored\"\n/* \"also\" */ char c = 'ى';\ns = \"a\\\"b\";"
                + " t = \"\"\"\n  \"prose\"\n  \"\"\";");
        assertEquals(List.of(new Literal(1, "على"), new Literal(2, "ى"), new Literal(3, "a\\\"b")), found);
        assertTrue(!new ArabicNormalizer().normalizeWord("على").equals("على"), "ى folds to ي");
        assertEquals("على", unescape("\\u0639\\u0644\\u0649"), "escapes are read as the chars they stand for");
    }

    /** The string and char literals of Java source, outside comments (escapes kept as written). */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            int from = i;
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                int e = src.indexOf('\n', i);
                i = e < 0 ? n : e;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int e = src.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int e = src.indexOf("\"\"\"", i + 3);
                i = e < 0 ? n : e + 3; // a text block: prose written out as it is (a generated file's header)
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(new Literal(line, src.substring(i + 1, Math.min(j, n))));
                i = j + 1;
            } else {
                i++;
            }
            for (int k = from; k < Math.min(i, n); k++) {
                line += src.charAt(k) == '\n' ? 1 : 0;
            }
        }
        return out;
    }

    /** The literal with its {@code \}{@code uXXXX} escapes replaced by their chars (other escapes kept). */
    static String unescape(String literal) {
        StringBuilder b = new StringBuilder(literal.length());
        for (int k = 0; k < literal.length(); k++) {
            char c = literal.charAt(k);
            if (c == '\\' && k + 5 < literal.length() && literal.charAt(k + 1) == 'u') {
                b.append((char) Integer.parseInt(literal.substring(k + 2, k + 6), 16));
                k += 5;
            } else if (c == '\\' && k + 1 < literal.length()) {
                b.append(c).append(literal.charAt(++k));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
