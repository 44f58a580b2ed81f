package dev.khabar.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CoNLL-style NER data: one {@code TOKEN TAG} (space or tab) per line, IOB2 tags, a blank line between
 * sentences. Tags are mapped to Khabar's classes ({@code PERS}, {@code LOC}, {@code ORG}, {@code MISC}) by a class
 * map, so corpora with finer classes (NewsFANE) read as the same four; classes the map does not know become O.
 */
public final class ConllCorpus {

    /** One sentence: the tokens as written and their IOB2 tags ({@code O}, {@code B-ORG}, {@code I-LOC}, …). */
    public record Sentence(List<String> words, List<String> tags) {
    }

    private ConllCorpus() {
    }

    /**
     * Reads {@code file}; {@code classes} maps the corpus's class names (after {@code B-}/{@code I-}) to Khabar's,
     * and null means every class is kept as written.
     */
    public static List<Sentence> read(Path file, Map<String, String> classes) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Sentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                flush(words, tags, out);
                continue;
            }
            int cut = Math.max(l.lastIndexOf(' '), l.lastIndexOf('\t'));
            if (cut <= 0) {
                throw new IllegalArgumentException(file + ": not TOKEN TAG: " + line);
            }
            words.add(l.substring(0, cut).strip());
            tags.add(mapTag(l.substring(cut + 1), classes));
        }
        flush(words, tags, out);
        return out;
    }

    static String mapTag(String tag, Map<String, String> classes) {
        if (tag.equals("O") || tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String cls = tag.substring(2);
        String mapped = classes == null ? cls : classes.get(cls);
        return mapped == null ? "O" : tag.substring(0, 2) + mapped;
    }

    private static void flush(List<String> words, List<String> tags, List<Sentence> out) {
        if (!words.isEmpty()) {
            out.add(new Sentence(List.copyOf(words), repairIob(tags)));
            words.clear();
            tags.clear();
        }
    }

    /** An I- tag that follows O or another class starts an entity (mapping classes can leave such I- tags). */
    private static List<String> repairIob(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String prev = "O";
        for (String t : tags) {
            if (t.startsWith("I-") && !prev.substring(Math.min(2, prev.length())).equals(t.substring(2))) {
                t = "B-" + t.substring(2);
            }
            out.add(t);
            prev = t;
        }
        return out;
    }
}
