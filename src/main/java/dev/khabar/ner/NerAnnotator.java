package dev.khabar.ner;

import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;

/** Finds organizations, persons and locations. Not implemented yet: it finds nothing. */
public final class NerAnnotator implements Annotator {

    @Override
    public void annotate(Document doc, Mentions out) {
    }
}
