package dev.khabar.tools.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import dev.khabar.Mention;
import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.normalize.NormalizedText;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;
import dev.khabar.tokenize.Tokenizer;
import dev.khabar.ner.CrfModel;
import dev.khabar.ner.CrfTokens;
import dev.khabar.ner.NerAnnotator;
import dev.khabar.ner.NerData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Training and scoring of the CRF on CoNLL data, shared by {@code khabar train-ner} and {@code khabar eval-ner}. Both
 * turn the CoNLL tokens into run-time tokens with {@link CrfTokens}, so training, scoring and extraction see the same
 * units; scores are computed on the CoNLL tokens, as conlleval does.
 */
public final class NerTraining {
    /** The flags the shipped model is trained with. */
    public static final String FLAGS_RESOURCE = "/dev/khabar/ner/crf-flags.properties";

    private final CrfTokens tokens = new CrfTokens();

    /** Reads the default flags. */
    public static Properties defaultFlags() {
        Properties p = new Properties();
        try (InputStream in = NerTraining.class.getResourceAsStream(FLAGS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FLAGS_RESOURCE);
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** NewsFANE's fine classes mapped to Khabar's (ACE-style: GPE and LOC to LOC, FAC and works dropped). */
    public static Map<String, String> newsFaneClasses() {
        return classes("newsfane");
    }

    /** A corpus's class map, {@code dev/khabar/ner/NAME-classes.tsv} (wikifane, aqmar, newsfane). */
    public static Map<String, String> classes(String name) {
        if (!name.matches("[a-z]+")) {
            throw new IllegalArgumentException("not a class map name: " + name);
        }
        return NerData.readMap(name + "-classes.tsv");
    }

    /**
     * Trains on CoNLL sentences. With {@code useGazettes=true} and no {@code gazette} file given, the gazette is
     * built from the stage's own name lists (ANERGazet and {@code organizations.tsv}), normalized and tokenized as at
     * run time; CoreNLP keeps it inside the model.
     */
    public CrfModel train(List<ConllCorpus.Sentence> sentences, Properties flags) {
        flags = (Properties) flags.clone();
        String knowledge = (String) flags.remove(KNOWLEDGE_GAZETTES);
        if (Boolean.parseBoolean(flags.getProperty("useGazettes")) && !flags.containsKey("gazette")) {
            flags.setProperty("gazette", writeGazette(knowledge == null ? "" : knowledge).toString());
        }
        List<List<String>> words = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        for (ConllCorpus.Sentence s : sentences) {
            CrfTokens.Split split = tokens.split(s.words());
            if (split.words().isEmpty()) {
                continue;
            }
            words.add(split.words());
            tags.add(CrfModel.toIo(CrfTokens.splitTags(split, s.tags())));
        }
        try {
            return CrfModel.train(words, tags, flags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Khabar's flag (not CoreNLP's) naming the open knowledge lists that join the gazette, comma-separated:
     * {@code persons} (person-tokens.tsv, class KPERS), {@code places} (knowledge/places.tsv without the names that
     * are places only after a cue, KLOC), {@code clubs} (clubs.tsv, KORG), {@code demonyms} (demonyms.tsv, KNAT).
     * Classes of their own, so that the model weighs these larger, noisier lists apart from ANERGazet's.
     */
    public static final String KNOWLEDGE_GAZETTES = "khabarKnowledgeGazettes";

    private static Path writeGazette(String knowledge) {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        List<String> lines = new ArrayList<>();
        boolean clitics = Arrays.asList(knowledge.split(",")).contains("clitics");
        for (String list : knowledge.split(",")) {
            switch (list.strip()) {
                case "", "clitics" -> { }
                case "persons" -> NerData.rows("knowledge/person-tokens.tsv")
                        .forEach(r -> lines.add("KPERS " + r.field(0)));
                case "places" -> NerData.rows("knowledge/places.tsv").stream()
                        .filter(r -> r.field(5).isEmpty()).forEach(r -> lines.add("KLOC " + r.field(0)));
                case "clubs" -> NerData.rows("knowledge/clubs.tsv")
                        .forEach(r -> lines.add("KORG " + r.field(0)));
                case "demonyms" -> NerData.rows("knowledge/demonyms.tsv")
                        .forEach(r -> Arrays.stream(r.field(1).split("\\|")).forEach(f -> lines.add("KNAT " + f)));
                default -> throw new IllegalArgumentException("unknown knowledge list in " + KNOWLEDGE_GAZETTES + ": " + list);
            }
        }
        if (clitics) {
            // CoreNLP matches whole tokens: the forms with a proclitic (وبوتين, لبوتين) as well.
            for (int i = 0, n = lines.size(); i < n; i++) {
                String line = lines.get(i);
                int sp = line.indexOf(' ');
                for (String c : new String[] {"و", "ب", "ل", "ف"}) {
                    lines.add(line.substring(0, sp + 1) + c + line.substring(sp + 1));
                }
            }
        }
        String[][] lists = {{"anergazet/locations.txt", "LOC"}, {"anergazet/persons.txt", "PERS"},
                {"anergazet/organizations.txt", "ORG"}, {"organizations.tsv", "ORG"}};
        for (String[] list : lists) {
            for (NerData.Row row : NerData.rows(list[0])) {
                List<String> names = new ArrayList<>();
                names.add(row.field(0));
                if (list[0].endsWith(".tsv")) {
                    names.addAll(Arrays.asList(row.field(1).split("\\|")));
                }
                for (String name : names) {
                    StringBuilder line = new StringBuilder(list[1]);
                    for (var t : tokenizer.tokenize(normalizer.normalizeWord(name))) {
                        line.append(' ').append(t.text());
                    }
                    if (line.length() > list[1].length()) {
                        lines.add(line.toString());
                    }
                }
            }
        }
        try {
            Path file = Files.createTempFile("khabar-gazette", ".txt");
            file.toFile().deleteOnExit();
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores the CRF alone on CoNLL sentences. */
    public ConllScorer score(CrfModel model, List<ConllCorpus.Sentence> sentences) {
        ConllScorer scorer = new ConllScorer();
        for (ConllCorpus.Sentence s : sentences) {
            CrfTokens.Split split = tokens.split(s.words());
            List<String> predicted = CrfTokens.joinTags(split, model.tag(split.words()), s.words().size());
            scorer.add(s.tags(), predicted);
        }
        return scorer;
    }

    /**
     * Scores the whole NER stage (model, gazetteer and rules) on CoNLL sentences: each sentence is joined with spaces
     * into a text, extracted, and every mention becomes tags on the CoNLL tokens it overlaps. The stage reports no
     * MISC, so gold MISC entities count as missed in the overall figure that includes them.
     */
    public ConllScorer scoreStage(NerAnnotator stage, List<ConllCorpus.Sentence> sentences) {
        return scoreStage(stage, sentences, 1);
    }

    /**
     * As {@link #scoreStage(NerAnnotator, List)}, with {@code context} consecutive sentences joined into one text,
     * one sentence a line (the stage tags each line on its own, as it tags each sentence), so that what the stage
     * does with a whole document is measured; each sentence is still scored on its own.
     */
    public ConllScorer scoreStage(NerAnnotator stage, List<ConllCorpus.Sentence> sentences, int context) {
        ConllScorer scorer = new ConllScorer();
        List<List<String>> predicted = tagStage(stage, sentences, context);
        for (int i = 0; i < sentences.size(); i++) {
            scorer.add(sentences.get(i).tags(), predicted.get(i));
        }
        return scorer;
    }

    /** The CRF's tags of each sentence, on its CoNLL tokens. */
    public List<List<String>> tagCrf(CrfModel model, List<ConllCorpus.Sentence> sentences) {
        List<List<String>> all = new ArrayList<>(sentences.size());
        for (ConllCorpus.Sentence s : sentences) {
            CrfTokens.Split split = tokens.split(s.words());
            all.add(CrfTokens.joinTags(split, model.tag(split.words()), s.words().size()));
        }
        return all;
    }

    /** The whole stage's tags (IOB2) of each sentence, as {@link #scoreStage(NerAnnotator, List, int)} scores them. */
    public List<List<String>> tagStage(NerAnnotator stage, List<ConllCorpus.Sentence> sentences, int context) {
        if (context < 1) {
            throw new IllegalArgumentException("context must be at least 1: " + context);
        }
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Tokenizer tokenizer = new Tokenizer();
        List<List<String>> all = new ArrayList<>(sentences.size());
        for (int from = 0; from < sentences.size(); from += context) {
            List<ConllCorpus.Sentence> group = sentences.subList(from, Math.min(sentences.size(), from + context));
            StringBuilder text = new StringBuilder();
            List<int[]> starts = new ArrayList<>(group.size());
            for (ConllCorpus.Sentence s : group) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                int[] st = new int[s.words().size()];
                for (int i = 0; i < st.length; i++) {
                    if (i > 0) {
                        text.append(' ');
                    }
                    st[i] = text.length();
                    text.append(s.words().get(i));
                }
                starts.add(st);
            }
            NormalizedText normalized = normalizer.normalize(text.toString());
            Mentions.Builder collected = new Mentions.Builder();
            stage.annotate(new Document(normalized, tokenizer.tokenize(normalized.text()), null), Mentions.NONE,
                    collected);
            Mentions found = collected.build();
            for (int g = 0; g < group.size(); g++) {
                ConllCorpus.Sentence s = group.get(g);
                String[] predicted = new String[s.words().size()];
                Arrays.fill(predicted, "O");
                mark(found.organizations, "ORG", starts.get(g), s.words(), predicted);
                mark(found.persons, "PERS", starts.get(g), s.words(), predicted);
                mark(found.locations, "LOC", starts.get(g), s.words(), predicted);
                all.add(List.of(predicted));
            }
        }
        return all;
    }

    private static void mark(List<? extends Mention> mentions, String type, int[] starts, List<String> words,
                             String[] tags) {
        for (Mention m : mentions) {
            boolean first = true;
            for (int i = 0; i < starts.length; i++) {
                int end = starts[i] + words.get(i).length();
                if (starts[i] < m.end() && m.start() < end) {
                    tags[i] = (first ? "B-" : "I-") + type;
                    first = false;
                }
            }
        }
    }

    /** Splits off the last {@code fraction} of the sentences: [kept, held out]. */
    public static List<List<ConllCorpus.Sentence>> holdOut(List<ConllCorpus.Sentence> all, double fraction) {
        int cut = (int) Math.round(all.size() * (1 - fraction));
        return List.of(all.subList(0, cut), all.subList(cut, all.size()));
    }
}
