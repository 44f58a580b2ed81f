package dev.khabar.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A CoreNLP {@link CRFClassifier} over normalized run-time tokens. The model is trained on IO labels ({@code ORG},
 * {@code LOC}, {@code O}, …): five labels instead of nine make training and tagging about twice as fast, and two
 * names of one type side by side with nothing between them are rare in Arabic news (a و or a comma separates them).
 * {@link #tag} gives IOB2 tags, a new entity wherever the type changes. Tagging is thread-safe: CoreNLP builds
 * per-call state in {@code classifySentence}.
 */
public final class CrfModel {
    /** Where the shipped model sits on the class path. */
    public static final String RESOURCE = "/dev/khabar/ner/ner-crf.ser.gz";

    private final CRFClassifier<CoreLabel> crf;

    private CrfModel(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /** Loads the shipped model. @throws IllegalStateException if it is missing or unreadable */
    public static CrfModel loadDefault() {
        try (InputStream in = CrfModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    public static CrfModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    private static CrfModel load(InputStream raw) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
            return new CrfModel(CRFClassifier.getClassifier(in));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("not a CRF model", e);
        }
    }

    /**
     * Trains a model on sentences of run-time tokens with their tags, using the CoreNLP flags in {@code flags}. The
     * sentences go through a temporary two-column file, CoreNLP's own training path, so that its token
     * preprocessing (word shapes and the like) is the same at training and at tagging.
     */
    public static CrfModel train(List<List<String>> words, List<List<String>> tags, Properties flags)
            throws IOException {
        Path file = Files.createTempFile("khabar-ner-train", ".tsv");
        try {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < words.size(); s++) {
                for (int i = 0; i < words.get(s).size(); i++) {
                    String w = words.get(s).get(i);
                    b.append(w).append('\t').append(tags.get(s).get(i)).append('\t').append(CrfTokens.stem(w))
                            .append('\n');
                }
                b.append('\n');
            }
            Files.writeString(file, b, StandardCharsets.UTF_8);
            Properties p = (Properties) flags.clone();
            p.setProperty("map", "word=0,answer=1,lemma=2");
            p.setProperty("inputEncoding", "UTF-8");
            p.setProperty("trainFile", file.toString());
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(p);
            crf.train();
            return new CrfModel(crf);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Shrinks the saved model: zeroes weights smaller than {@code minAbs} in magnitude and rounds the others to
     * multiples of {@code step}, so that gzip finds long runs of zeros and repeated bytes. CoreNLP keeps the weights
     * in a package-private field, reached by reflection; returns the share of weights set to zero.
     */
    public double compact(float minAbs, float step) {
        try {
            java.lang.reflect.Field f = CRFClassifier.class.getDeclaredField("weights");
            f.setAccessible(true);
            float[][] weights = (float[][]) f.get(crf);
            long zero = 0;
            long all = 0;
            for (float[] row : weights) {
                for (int k = 0; k < row.length; k++) {
                    all++;
                    if (Math.abs(row[k]) < minAbs) {
                        row[k] = 0;
                        zero++;
                    } else {
                        row[k] = Math.round(row[k] / step) * step;
                    }
                }
            }
            return all == 0 ? 0 : (double) zero / all;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach the CRF weights of this CoreNLP version", e);
        }
    }

    public void save(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
             ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(os, 1 << 16))) {
            crf.serializeClassifier(out);
        }
    }

    /** The IOB2 tag of each token of one sentence. */
    public List<String> tag(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> out = crf.classifySentence(labels(words));
        List<String> tags = new ArrayList<>(out.size());
        String previous = "O";
        for (CoreLabel l : out) {
            String t = l.get(CoreAnnotations.AnswerAnnotation.class);
            String type = t == null || t.equals("O") ? "O" : t.substring(t.indexOf('-') + 1);
            tags.add(type.equals("O") ? "O" : (type.equals(previous) ? "I-" : "B-") + type);
            previous = type;
        }
        return tags;
    }

    /** IOB2 tags as the IO labels the model is trained on: {@code B-ORG}, {@code I-ORG} → {@code ORG}. */
    public static List<String> toIo(List<String> iob) {
        List<String> out = new ArrayList<>(iob.size());
        for (String t : iob) {
            out.add(t.length() > 2 && t.charAt(1) == '-' ? t.substring(2) : t);
        }
        return out;
    }

    private static List<CoreLabel> labels(List<String> words) {
        List<CoreLabel> doc = new ArrayList<>(words.size());
        for (String w : words) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setLemma(CrfTokens.stem(w));
            doc.add(l);
        }
        return doc;
    }
}
