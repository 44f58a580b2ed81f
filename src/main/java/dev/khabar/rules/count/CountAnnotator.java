package dev.khabar.rules.count;

import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;

/** Finds counts, percentages and money. Not implemented yet: it finds nothing. */
public final class CountAnnotator implements Annotator {

    @Override
    public void annotate(Document doc, Mentions out) {
    }
}
