package dev.khabar.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * CoreNLP's own Arabic pipeline cut to {@code tokenize,ssplit} (the Arabic segmenter does the tokenizing), as
 * configured by {@code StanfordCoreNLP-arabic.properties} in CoreNLP's {@code models-arabic} jar. The yardstick
 * for {@code khabar bench --corenlp}; that jar is on the class path only in the {@code corenlp} Maven profile.
 */
public final class CoreNlpBaseline {
    static final String PROPERTIES = "StanfordCoreNLP-arabic.properties";

    private final StanfordCoreNLP pipeline;

    /** @throws IllegalStateException when the models-arabic jar is not on the class path */
    public CoreNlpBaseline() {
        Properties props = new Properties();
        try (InputStream in = CoreNlpBaseline.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES + " not on the class path: the CoreNLP comparison needs "
                        + "CoreNLP's models-arabic jar (run it through the corenlp Maven profile, see README)");
            }
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + PROPERTIES, e);
        }
        props.setProperty("annotators", "tokenize,ssplit");
        pipeline = new StanfordCoreNLP(props);
    }

    /** Tokenizes and splits {@code text}; returns the number of tokens. Thread-safe (CoreNLP's pipeline is). */
    public int annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
