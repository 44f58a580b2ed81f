package dev.khabar.tools.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConllCorpusTest {

    private static ConllCorpus.Sentence sentence(String words, String tags) {
        return new ConllCorpus.Sentence(List.of(words.split(" ")), List.of(tags.split(" ")));
    }

    @Test
    void procliticsJoinTheNextWordAndTakeItsTag() {
        var joined = ConllCorpus.joinClitics(List.of(sentence("الاردن و سوريا و 1990 و ل ه",
                "B-LOC O B-LOC O O O O O")));
        assertEquals(List.of("الاردن", "وسوريا", "و", "1990", "وله"), joined.get(0).words());
        assertEquals(List.of("B-LOC", "B-LOC", "O", "O", "O"), joined.get(0).tags());
    }

    @Test
    void attachedPronounsJoinTheWordBefore() {
        var joined = ConllCorpus.joinClitics(List.of(sentence("مساحة ها كتاب ه عام 1234 ه", "O O O O O O O")));
        assertEquals(List.of("مساحتها", "كتابه", "عام", "1234", "ه"), joined.get(0).words());
    }

    @Test
    void aProcliticInsideANameKeepsTheName() {
        var joined = ConllCorpus.joinClitics(List.of(sentence("وزارة التربية و التعليم",
                "B-ORG I-ORG I-ORG I-ORG")));
        assertEquals(List.of("وزارة", "التربية", "والتعليم"), joined.get(0).words());
        assertEquals(List.of("B-ORG", "I-ORG", "I-ORG"), joined.get(0).tags());
    }

    @Test
    void peoplesTaggedAsPersonsBecomeOButNamesStay() {
        var untagged = ConllCorpus.untagPeoples(List.of(sentence(
                "قاتل المسلمين والصليبيون الحسين بن علي والمسلمين الأوائل",
                "O B-PERS B-PERS B-PERS I-PERS I-PERS B-PERS I-PERS")));
        assertEquals(List.of("O", "O", "O", "B-PERS", "I-PERS", "I-PERS", "B-PERS", "I-PERS"),
                untagged.get(0).tags());
    }

    @Test
    void fineClassesAreMappedMarksDroppedAndTheMappedCorpusReadsBack(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("wikifane.txt");
        Files.writeString(in, "\uFEFF\u200Eجمهورية\tB-Nation\r\n\u200Eمصر\tI-Nation\r\n\u200Eو\tO\r\n"
                + "\u200Eالعرب\tB-Group\r\n\t\r\n\u200Eمسجد\tB-Building-Grounds\r\n", StandardCharsets.UTF_8);
        Map<String, String> classes = NerTraining.classes("wikifane");
        List<ConllCorpus.Sentence> mapped = ConllCorpus.joinClitics(ConllCorpus.read(in, classes));
        assertEquals(2, mapped.size());
        assertEquals(List.of("جمهورية", "مصر", "والعرب"), mapped.get(0).words());
        assertEquals(List.of("B-LOC", "I-LOC", "O"), mapped.get(0).tags());
        assertEquals(List.of("B-MISC"), mapped.get(1).tags());
        Path out = dir.resolve("mapped.txt.xz");
        ConllCorpus.write(out, mapped);
        assertEquals(mapped, ConllCorpus.read(out, null));
    }
}
