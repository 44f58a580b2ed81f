package dev.khabar.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A CoreNLP {@link CRFClassifier} over normalized run-time tokens. The model is trained on IO labels ({@code ORG},
 * {@code LOC}, {@code O}, …): five labels instead of nine make training and tagging about twice as fast (IOB labels
 * measured the same F1 on held-out data at half the tagging speed). {@link #tag} gives IOB2 tags, a new entity
 * wherever the type changes or {@link ConjunctionBoundary} sees two names joined by و. Tagging is thread-safe:
 * CoreNLP builds per-call state in {@code classifySentence}.
 */
public final class CrfModel {
    /** Where the shipped model sits on the class path. */
    public static final String RESOURCE = "/dev/khabar/ner/ner-crf.ser.gz";

    /** CoreNLP keeps the features and weights in package-private fields; the model file and {@link #compact} need them. */
    private static final Field FEATURE_INDEX = crfField("featureIndex");
    private static final Field WEIGHTS = crfField("weights");
    private static final Field LABEL_INDICES = crfField("labelIndices");

    private static final ConjunctionBoundary BOUNDARY = ConjunctionBoundary.fromGazetteers();

    private final CRFClassifier<CoreLabel> crf;
    /** The word classes the model was trained with, from its file. */
    private final WordClasses classes;
    /** The fast decoding of the same model; empty for a model trained with flags it does not rebuild. */
    private final Optional<CrfTagger> tagger;

    private CrfModel(CRFClassifier<CoreLabel> crf, WordClasses classes) {
        this.crf = crf;
        this.classes = classes;
        this.tagger = fastTagger(crf, classes);
    }

    @SuppressWarnings("unchecked")
    private static Optional<CrfTagger> fastTagger(CRFClassifier<CoreLabel> crf, WordClasses classes) {
        try {
            return CrfTagger.forModel(crf, classes, (Index<String>) FEATURE_INDEX.get(crf),
                    (float[][]) WEIGHTS.get(crf), (List<Index<CRFLabel>>) LABEL_INDICES.get(crf));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
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
        try (ObjectInputStream in = new ObjectInputStream(
                new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16))) {
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new Properties());
            crf.loadClassifier(in, null);
            byte[] text = (byte[]) in.readObject();
            int[] lengths = (int[]) in.readObject();
            String[] features = lengths.length == 0 ? new String[0]
                    : new String(text, StandardCharsets.UTF_8).split("\n", -1);
            float[] flat = (float[]) in.readObject();
            if (features.length != lengths.length) {
                throw new IllegalStateException("corrupt CRF model: " + features.length + " features, "
                        + lengths.length + " weight rows"); // a feature is one token's context: never a newline
            }
            Index<String> index = new HashIndex<>(features.length);
            index.addAll(Arrays.asList(features));
            float[][] weights = new float[lengths.length][];
            for (int f = 0, at = 0; f < lengths.length; at += lengths[f], f++) {
                weights[f] = Arrays.copyOfRange(flat, at, at + lengths[f]);
            }
            FEATURE_INDEX.set(crf, index);
            WEIGHTS.set(crf, weights);
            return new CrfModel(crf, readClasses(in));
        } catch (ClassNotFoundException | ClassCastException | IllegalAccessException e) {
            throw new IllegalStateException("not a Khabar CRF model", e);
        }
    }

    /**
     * Trains a model on sentences of run-time tokens with their tags, using the CoreNLP flags in {@code flags}. The
     * sentences go through a temporary two-column file, CoreNLP's own training path, so that its token
     * preprocessing (word shapes and the like) is the same at training and at tagging.
     */
    public static CrfModel train(List<List<String>> words, List<List<String>> tags, Properties flags)
            throws IOException {
        WordClasses classes = WordClasses.shipped();
        Path file = Files.createTempFile("khabar-ner-train", ".tsv");
        try {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < words.size(); s++) {
                for (int i = 0; i < words.get(s).size(); i++) {
                    String w = words.get(s).get(i);
                    b.append(w).append('\t').append(tags.get(s).get(i)).append('\t').append(CrfTokens.stem(w))
                            .append('\t').append(classes.classOf(w)).append('\n');
                }
                b.append('\n');
            }
            Files.writeString(file, b, StandardCharsets.UTF_8);
            Properties p = (Properties) flags.clone();
            p.setProperty("map", "word=0,answer=1,lemma=2,tag=3");
            p.setProperty("inputEncoding", "UTF-8");
            p.setProperty("trainFile", file.toString());
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(p);
            crf.train();
            return new CrfModel(crf, classes);
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
            float[][] weights = (float[][]) WEIGHTS.get(crf);
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
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the model in two parts: CoreNLP's own serialization of the classifier without its features, then the
     * features that can change a decision (their weights differ between labels) as one UTF-8 block and their weights
     * as flat arrays. Java serialization of a few hundred thousand strings and small arrays took about three
     * quarters of the load time; three large arrays read in a fraction of it.
     *
     * @return how many features were written
     */
    public int save(Path file) throws IOException {
        try {
            @SuppressWarnings("unchecked")
            Index<String> index = (Index<String>) FEATURE_INDEX.get(crf);
            float[][] weights = (float[][]) WEIGHTS.get(crf);
            StringBuilder features = new StringBuilder();
            List<float[]> kept = new ArrayList<>();
            int total = 0;
            for (int f = 0; f < weights.length; f++) {
                if (decides(weights[f])) {
                    if (!kept.isEmpty()) {
                        features.append('\n');
                    }
                    features.append(index.get(f));
                    kept.add(weights[f]);
                    total += weights[f].length;
                }
            }
            int[] lengths = new int[kept.size()];
            float[] flat = new float[total];
            for (int f = 0, at = 0; f < lengths.length; at += lengths[f], f++) {
                lengths[f] = kept.get(f).length;
                System.arraycopy(kept.get(f), 0, flat, at, lengths[f]);
            }
            FEATURE_INDEX.set(crf, new HashIndex<String>());
            WEIGHTS.set(crf, new float[0][]);
            try (OutputStream os = Files.newOutputStream(file);
                 ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(os, 1 << 16))) {
                crf.serializeClassifier(out);
                out.writeObject(features.toString().getBytes(StandardCharsets.UTF_8));
                out.writeObject(lengths);
                out.writeObject(flat);
                writeClasses(out);
            } finally {
                FEATURE_INDEX.set(crf, index);
                WEIGHTS.set(crf, weights);
            }
            return lengths.length;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The word classes after the weights: the words as one UTF-8 block, one a line, then each word's class as an
     * index into the class names. The model needs exactly the classes it was trained with, and 40,000 words read
     * this way in a few milliseconds, where reading and normalizing the data files took about 0.3 s.
     */
    private void writeClasses(ObjectOutputStream out) throws IOException {
        List<String> names = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        StringBuilder words = new StringBuilder();
        List<Map.Entry<String, String>> table = new ArrayList<>(classes.table().entrySet());
        table.sort(Map.Entry.comparingByKey());
        byte[] classOf = new byte[table.size()];
        for (int i = 0; i < table.size(); i++) {
            words.append(i == 0 ? "" : "\n").append(table.get(i).getKey());
            int id = ids.computeIfAbsent(table.get(i).getValue(), c -> {
                names.add(c);
                return names.size() - 1;
            });
            classOf[i] = (byte) id;
        }
        if (names.size() > Byte.MAX_VALUE) {
            throw new IllegalStateException("more than " + Byte.MAX_VALUE + " word classes");
        }
        out.writeObject(names.toArray(new String[0]));
        out.writeObject(words.toString().getBytes(StandardCharsets.UTF_8));
        out.writeObject(classOf);
    }

    private static WordClasses readClasses(ObjectInputStream in) throws IOException, ClassNotFoundException {
        String[] names = (String[]) in.readObject();
        byte[] text = (byte[]) in.readObject();
        byte[] classOf = (byte[]) in.readObject();
        String[] words = classOf.length == 0 ? new String[0] : new String(text, StandardCharsets.UTF_8).split("\n", -1);
        if (words.length != classOf.length) {
            throw new IllegalStateException("corrupt CRF model: " + words.length + " words, " + classOf.length
                    + " word classes");
        }
        Map<String, String> table = new HashMap<>(words.length * 2);
        for (int i = 0; i < words.length; i++) {
            table.put(words[i], names[classOf[i]]);
        }
        return new WordClasses(table);
    }

    /** Whether a feature's weights differ between labels: one that adds the same to every label changes nothing. */
    private static boolean decides(float[] weights) {
        for (float w : weights) {
            if (w != weights[0]) {
                return true;
            }
        }
        return false;
    }

    /** The IOB2 tag of each token of one sentence. */
    public List<String> tag(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> labels = tagger.isPresent() ? fastLabels(words) : coreNlpLabels(words);
        List<String> tags = new ArrayList<>(labels.size());
        String previous = "O";
        for (int i = 0; i < labels.size(); i++) {
            String t = labels.get(i);
            String type = t == null || t.equals("O") ? "O" : t.substring(t.indexOf('-') + 1);
            boolean continues = type.equals(previous) && !BOUNDARY.begins(type, words.get(i));
            tags.add(type.equals("O") ? "O" : (continues ? "I-" : "B-") + type);
            previous = type;
        }
        return tags;
    }

    /** True unless the model's word classes know the word as a common word: see {@link WordClasses#isNameWord}. */
    boolean isNameWord(String word) {
        return classes.isNameWord(word);
    }

    /** True when the model's word classes know the word as a common noun: see {@link WordClasses#isCommonNoun}. */
    boolean isCommonNoun(String word) {
        return classes.isCommonNoun(word);
    }

    /** The word's class in the model's word classes ({@code GPERS}, {@code DTJJ}, {@code UNK}…): see {@link WordClasses}. */
    String wordClass(String word) {
        return classes.classOf(word);
    }

    /** Whether the model's word classes know the word as written: see {@link WordClasses#knowsAsWritten}. */
    boolean knowsAsWritten(String word) {
        return classes.knowsAsWritten(word);
    }

    /** Whether tagging uses {@link CrfTagger}, not CoreNLP's own decoding. */
    boolean fast() {
        return tagger.isPresent();
    }

    CrfTagger tagger() {
        return tagger.orElseThrow();
    }

    /** CoreNLP's own decoding of the same model: the reference for {@link CrfTagger}. */
    List<String> coreNlpLabels(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (CoreLabel l : crf.classifySentence(CrfTagger.labels(words, classes))) {
            out.add(l.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return out;
    }

    private List<String> fastLabels(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int y : tagger.get().bestLabels(words)) {
            out.add(label(y));
        }
        return out;
    }

    /** The name of label index {@code y}: {@code O}, {@code LOC}, … */
    String label(int y) {
        return crf.classIndex.get(y);
    }

    /** IOB2 tags as the IO labels the model is trained on: {@code B-ORG}, {@code I-ORG} → {@code ORG}. */
    public static List<String> toIo(List<String> iob) {
        List<String> out = new ArrayList<>(iob.size());
        for (String t : iob) {
            out.add(t.length() > 2 && t.charAt(1) == '-' ? t.substring(2) : t);
        }
        return out;
    }

    private static Field crfField(String name) {
        try {
            Field f = CRFClassifier.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach CRFClassifier." + name + " in this CoreNLP version", e);
        }
    }
}
