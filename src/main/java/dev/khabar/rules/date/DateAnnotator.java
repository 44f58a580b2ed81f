package dev.khabar.rules.date;

import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;

/** Finds dates and durations. Not implemented yet: it finds nothing. */
public final class DateAnnotator implements Annotator {

    @Override
    public void annotate(Document doc, Mentions out) {
    }
}
