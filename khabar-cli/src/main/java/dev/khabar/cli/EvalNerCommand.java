package dev.khabar.cli;

import dev.khabar.ner.CrfModel;
import dev.khabar.ner.NerAnnotator;
import dev.khabar.tools.ner.ConllCorpus;
import dev.khabar.tools.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
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
            new NerTraining().scoreStage(new NerAnnotator(crf, !noDocumentPass), part, context).print(System.out);
        }
        return 0;
    }
}
