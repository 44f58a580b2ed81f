package dev.khabar.cli;

import dev.khabar.ner.CrfModel;
import dev.khabar.ner.NerAnnotator;
import dev.khabar.tools.ner.ConllCorpus;
import dev.khabar.tools.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Scores NER on CoNLL data (TOKEN TAG, IOB2): entity precision, recall and F1 per type, conlleval's exact-span rule.")
final class EvalNerCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.conll", description = "CoNLL file with PERS/LOC/ORG/MISC tags.")
    Path file;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file instead of the shipped one.")
    Path model;

    @Option(names = "--hold-out", paramLabel = "FRACTION", description = "Score only the last FRACTION of the file (the part train-ner --hold-out kept out).")
    double holdOut = 1;

    @Option(names = "--stage", description = "Score the whole NER stage (CRF, gazetteer and rules) as well as the CRF alone.")
    boolean stage;

    @Option(names = "--context", paramLabel = "N", description = "With --stage: join N consecutive sentences into one text, one a line, so the stage sees a document (default 1); each sentence is still scored on its own.")
    int context = 1;

    @Option(names = "--no-document-pass", description = "With --stage: leave out the stage's document pass (repeated mentions and short forms), to measure what it adds.")
    boolean noDocumentPass;

    @Option(names = "--dump", paramLabel = "FILE", description = "With --stage: write each token with its gold, CRF and stage tags (CoNLL columns, a blank line between sentences), to read the errors case by case.")
    Path dump;

    @Override
    public Integer call() throws IOException {
        CrfModel crf = model == null ? CrfModel.loadDefault() : CrfModel.load(model);
        List<ConllCorpus.Sentence> all = ConllCorpus.read(file, null);
        List<ConllCorpus.Sentence> part = holdOut >= 1 ? all : NerTraining.holdOut(all, holdOut).get(1);
        System.out.printf("%s (%,d sentences), CRF alone:%n", file.getFileName(), part.size());
        new NerTraining().score(crf, part).print(System.out);
        if (stage) {
            System.out.printf("%nwhole NER stage (CRF + gazetteer + rules%s; no MISC), %d sentence(s) a text:%n",
                    noDocumentPass ? "" : " + document pass", context);
            NerAnnotator annotator = new NerAnnotator(crf, !noDocumentPass);
            new NerTraining().scoreStage(annotator, part, context).print(System.out);
            if (dump != null) {
                writeDump(part, new NerTraining().tagCrf(crf, part),
                        new NerTraining().tagStage(annotator, part, context));
            }
        }
        return 0;
    }

    private void writeDump(List<ConllCorpus.Sentence> part, List<List<String>> crfTags, List<List<String>> stageTags)
            throws IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < part.size(); i++) {
            ConllCorpus.Sentence s = part.get(i);
            for (int w = 0; w < s.words().size(); w++) {
                out.append(s.words().get(w)).append('\t').append(s.tags().get(w)).append('\t')
                        .append(crfTags.get(i).get(w)).append('\t').append(stageTags.get(i).get(w)).append('\n');
            }
            out.append('\n');
        }
        Files.writeString(dump, out, StandardCharsets.UTF_8);
    }
}
