package dev.khabar.tools.ner;

import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads CoNLL-style NER data: one {@code TOKEN TAG} (space or tab) per line, IOB2 tags, a blank line between
 * sentences. Tags are mapped to Khabar's classes ({@code PERS}, {@code LOC}, {@code ORG}, {@code MISC}) by a class
 * map, so corpora with finer classes (NewsFANE, WikiFANE) read as the same four; classes the map does not know become
 * O. Files ending in {@code .xz} or {@code .gz} are decompressed.
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
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".xz") ? new XZInputStream(new BufferedInputStream(raw))
                     : file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines = r.lines().toList();
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
            String word = stripMarks(l.substring(0, cut));
            if (word.isEmpty()) {
                continue; // WikiFANE's sentence breaks are a line with only a tab
            }
            words.add(word);
            tags.add(mapTag(l.substring(cut + 1), classes));
        }
        flush(words, tags, out);
        return out;
    }

    /**
     * Writes sentences as {@code TOKEN TAG} lines with a blank line after each, xz-compressed when {@code file} ends
     * in {@code .xz}; {@link #read} reads them back.
     */
    public static void write(Path file, List<Sentence> sentences) {
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = file.toString().endsWith(".xz") ? new XZOutputStream(raw, new LZMA2Options(9)) : raw;
             Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (Sentence s : sentences) {
                for (int i = 0; i < s.words().size(); i++) {
                    w.write(s.words().get(i));
                    w.write(' ');
                    w.write(s.tags().get(i));
                    w.write('\n');
                }
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Proclitics that segmented corpora (WikiFANE, AQMAR) write as tokens of their own: و, ف, ب, ل, ك. */
    private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك");
    /** Attached pronouns that WikiFANE writes as tokens of their own (كتاب ه, مساحة ها, من هم). */
    private static final Set<String> ENCLITICS = Set.of("ه", "ها", "هم", "هما", "هن", "ي", "ني", "نا", "كم", "كما",
            "كن");

    /**
     * Joins the clitics of a segmented corpus back onto their words, as running text writes them and as Khabar's
     * tokenizer keeps them: a proclitic token goes onto the next word ({@code و سوريا} → {@code وسوريا}, the tag of
     * the word, or the proclitic's if it is itself inside a name), an attached pronoun onto the word before it, a
     * final ة becoming ت ({@code مساحة ها} → {@code مساحتها}). Only Arabic words take clitics: {@code 1234 ه} (a
     * Hijri year) and {@code و 1990} stay apart, as the tokenizer splits {@code و1990} too.
     */
    public static List<Sentence> joinClitics(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            StringBuilder prefix = new StringBuilder();
            String prefixTag = "O";
            for (int i = 0; i < s.words().size(); i++) {
                String w = s.words().get(i);
                String tag = s.tags().get(i);
                boolean nextArabic = i + 1 < s.words().size() && startsArabic(s.words().get(i + 1));
                if (PROCLITICS.contains(w) && nextArabic && !ENCLITICS.contains(s.words().get(i + 1))) {
                    if (prefix.isEmpty()) {
                        prefixTag = tag;
                    }
                    prefix.append(w);
                    continue;
                }
                if (ENCLITICS.contains(w) && (prefix.length() > 0 || (!words.isEmpty() && endsArabic(last(words))))) {
                    if (prefix.length() > 0) { // ل ه → له
                        words.add(prefix + w);
                        tags.add(prefixTag);
                        prefix.setLength(0);
                    } else {
                        String before = last(words); // ة of the original text
                        words.set(words.size() - 1, (before.endsWith("ة") ? before.substring(0, before.length() - 1)
                                + "ت" : before) + w);
                    }
                    continue;
                }
                if (prefix.length() > 0) {
                    words.add(prefix + w);
                    tags.add(prefixTag.equals("O") ? tag : prefixTag);
                    prefix.setLength(0);
                } else {
                    words.add(w);
                    tags.add(tag);
                }
            }
            if (prefix.length() > 0) {
                words.add(prefix.toString());
                tags.add(prefixTag);
            }
            out.add(new Sentence(List.copyOf(words), repairIob(tags)));
        }
        return out;
    }

    /**
     * Untags the persons that are peoples: a one-word {@code PERS} that is a definite sound masculine plural
     * ({@code المسلمين}, {@code والصليبيون}: ال after at most one proclitic, ending in ين or ون, seven letters or more
     * so that {@code الحسين} stays a person). AQMAR tags groups of people as persons where ANERcorp, whose conventions
     * the model follows, leaves them untagged; broken plurals ({@code العرب}) cannot be told from names this way.
     */
    public static List<Sentence> untagPeoples(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<String> tags = new ArrayList<>(s.tags());
            for (int i = 0; i < tags.size(); i++) {
                boolean single = tags.get(i).equals("B-PERS")
                        && (i + 1 == tags.size() || !tags.get(i + 1).equals("I-PERS"));
                if (single && isDefinitePlural(s.words().get(i))) {
                    tags.set(i, "O");
                }
            }
            out.add(new Sentence(s.words(), List.copyOf(tags)));
        }
        return out;
    }

    private static boolean isDefinitePlural(String word) {
        String w = word.length() > 3 && PROCLITICS.contains(word.substring(0, 1)) && word.startsWith("ال", 1)
                ? word.substring(1) : word;
        return w.startsWith("ال") && w.length() >= 7 && (w.endsWith("ين") || w.endsWith("ون"));
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }

    private static boolean startsArabic(String w) {
        return !w.isEmpty() && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.ARABIC
                && Character.isLetter(w.charAt(0));
    }

    private static boolean endsArabic(String w) {
        char c = w.charAt(w.length() - 1);
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC && Character.isLetter(c);
    }

    /** The token without the direction marks and byte-order mark WikiFANE puts before its words. */
    private static String stripMarks(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != '\u200E' && c != '\u200F' && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString().strip();
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
