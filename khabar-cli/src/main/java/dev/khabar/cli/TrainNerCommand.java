package dev.khabar.cli;

import dev.khabar.ner.CrfModel;
import dev.khabar.tools.ner.ConllCorpus;
import dev.khabar.tools.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Trains the CRF of the NER stage on CoNLL data (ANERcorp, optionally corpora mapped by map-ner) and writes the model.")
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "ANERcorp-style CoNLL training file (PERS/LOC/ORG/MISC).")
    Path train;

    @Option(names = "--newsfane", paramLabel = "FILE", description = "NewsFANE CoNLL file to add, fine classes mapped to PERS/LOC/ORG.")
    Path newsFane;

    @Option(names = "--extra", paramLabel = "FILE", description = "A further CoNLL file in the same classes (e.g. one written by map-ner; .xz read), added after --train (repeatable).")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--extra-entities-only", description = "Take only the sentences of the --extra files that have at least one PERS, LOC or ORG.")
    boolean extraEntitiesOnly;

    @Option(names = "--extra-sample", paramLabel = "FRACTION", description = "Take only FRACTION of each --extra file's training part, spread evenly over it (default 1).")
    double extraSample = 1;

    @Option(names = "--hold-out", paramLabel = "FRACTION", description = "Keep the last FRACTION of --train and of each --extra file out of training and score the model on each (default: 0, train on all).")
    double holdOut;

    @Option(names = "--sample", paramLabel = "FRACTION", description = "Train on only the first FRACTION of what remains (quick experiments; default 1).")
    double sample = 1;

    @Option(names = "--flags", paramLabel = "FILE", description = "CoreNLP CRF flags (default: the shipped crf-flags.properties).")
    Path flagsFile;

    @Option(names = "--set", paramLabel = "FLAG=VALUE", description = "Override one CRF flag (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--threads", description = "Threads for the gradient (CoreNLP multiThreadGrad; default 1).")
    int threads = 1;

    @Option(names = "--compact", paramLabel = "MIN,STEP", split = ",",
            description = "Zero weights below MIN and round the rest to multiples of STEP before saving (default 0.05,0.001; 0,0 keeps them).")
    float[] compact = {0.05f, 0.001f};

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.ser.gz).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Properties flags = flags();
        List<ConllCorpus.Sentence> all = ConllCorpus.read(train, null);
        List<List<ConllCorpus.Sentence>> parts = NerTraining.holdOut(all, holdOut);
        List<ConllCorpus.Sentence> data = new ArrayList<>(parts.get(0).subList(0, (int) Math.round(parts.get(0).size() * sample)));
        if (newsFane != null) {
            List<ConllCorpus.Sentence> news = ConllCorpus.read(newsFane, NerTraining.newsFaneClasses());
            data.addAll(news.subList(0, (int) Math.round(news.size() * sample)));
        }
        List<List<ConllCorpus.Sentence>> extraHeldOut = new ArrayList<>();
        for (Path file : extra) {
            extraHeldOut.add(addExtra(file, data));
        }
        NerTraining training = new NerTraining();
        CrfModel model = trainAndSave(training, data, flags);
        if (!parts.get(1).isEmpty()) {
            System.out.printf("held-out part of %s (%,d sentences), CRF alone:%n", train.getFileName(), parts.get(1).size());
            training.score(model, parts.get(1)).print(System.out);
        }
        for (int i = 0; i < extra.size(); i++) {
            if (!extraHeldOut.get(i).isEmpty()) {
                System.out.printf("held-out part of %s (%,d sentences), CRF alone:%n", extra.get(i).getFileName(),
                        extraHeldOut.get(i).size());
                training.score(model, extraHeldOut.get(i)).print(System.out);
            }
        }
        return 0;
    }

    /** The CRF flags: the shipped ones or --flags, with the --set overrides and the thread count. */
    private Properties flags() throws IOException {
        Properties flags = NerTraining.defaultFlags();
        if (flagsFile != null) {
            flags = new Properties();
            try (Reader r = Files.newBufferedReader(flagsFile, StandardCharsets.UTF_8)) {
                flags.load(r);
            }
        }
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set expects FLAG=VALUE: " + o);
            }
            flags.setProperty(o.substring(0, eq), o.substring(eq + 1));
        }
        flags.setProperty("multiThreadGrad", Integer.toString(threads));
        return flags;
    }

    /** Adds the sampled training part of an --extra file to {@code data}; returns its held-out part. */
    private List<ConllCorpus.Sentence> addExtra(Path file, List<ConllCorpus.Sentence> data) throws IOException {
        List<List<ConllCorpus.Sentence>> split = NerTraining.holdOut(ConllCorpus.read(file, null), holdOut);
        List<ConllCorpus.Sentence> part = split.get(0);
        int before = data.size();
        for (int i = 0; i < part.size(); i++) {
            ConllCorpus.Sentence s = part.get(i);
            // FRACTION of the sentences, spread evenly over the file (every third for 0.33), so that every
            // part of a corpus ordered by article or topic is represented.
            boolean sampled = Math.floor((i + 1) * extraSample) > Math.floor(i * extraSample);
            if (sampled && (!extraEntitiesOnly || s.tags().stream().anyMatch(
                    t -> t.endsWith("-PERS") || t.endsWith("-LOC") || t.endsWith("-ORG")))) {
                data.add(s);
            }
        }
        System.err.printf("%s: %,d training sentences%n", file.getFileName(), data.size() - before);
        return split.get(1);
    }

    /** Trains, compacts the weights as --compact says, and writes the model to --out. */
    private CrfModel trainAndSave(NerTraining training, List<ConllCorpus.Sentence> data, Properties flags)
            throws IOException {
        long t0 = System.nanoTime();
        System.err.printf("training on %,d sentences%n", data.size());
        CrfModel model = training.train(data, flags);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        if (compact.length == 2 && compact[1] > 0) {
            System.out.printf("compacted: %.1f%% of the weights set to zero%n", 100 * model.compact(compact[0], compact[1]));
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int features = model.save(out);
        System.out.printf("trained in %d s; model %s, %,d features that decide, %,d bytes%n", seconds, out, features,
                Files.size(out));
        return model;
    }
}
