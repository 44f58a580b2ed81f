package dev.khabar.cli;

import dev.khabar.tools.ner.ConllCorpus;
import dev.khabar.tools.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "map-ner", mixinStandardHelpOptions = true,
        description = "Maps a CoNLL NER corpus with other classes (WikiFANE, AQMAR) to PERS/LOC/ORG/MISC and joins its "
                + "split clitics back onto their words, for train-ner --extra.")
final class MapNerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL files (token, tab or space, IOB tag; .xz read), in order.")
    List<Path> files;

    @Option(names = "--classes", required = true, paramLabel = "NAME",
            description = "The class map: wikifane, aqmar or newsfane (dev/khabar/ner/NAME-classes.tsv).")
    String classes;

    @Option(names = "--untag-peoples", description = "Untag one-word persons that are definite plurals (المسلمين), "
            + "peoples that AQMAR tags as persons and ANERcorp leaves untagged.")
    boolean untagPeoples;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the mapped corpus (.xz compresses).")
    Path out;

    @Override
    public Integer call() {
        Map<String, String> map = NerTraining.classes(classes);
        List<ConllCorpus.Sentence> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(ConllCorpus.joinClitics(ConllCorpus.read(f, map)));
        }
        if (untagPeoples) {
            all = ConllCorpus.untagPeoples(all);
        }
        ConllCorpus.write(out, all);
        long tokens = all.stream().mapToLong(s -> s.words().size()).sum();
        long entities = all.stream().flatMap(s -> s.tags().stream()).filter(t -> t.startsWith("B-")).count();
        System.out.printf("%s: %,d sentences, %,d tokens, %,d entities%n", out, all.size(), tokens, entities);
        return 0;
    }
}
