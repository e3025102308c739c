package org.equalify.eqpdf.pii.recognizer;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The English OpenNLP models (sentence, tokens, part of speech) from the {@code opennlp-models-*} jars on the
 * classpath, loaded once. Models are thread-safe; the ME tools built from them are not, so callers make one per
 * thread.
 */
public final class NlpModels {
    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;

    private NlpModels(SentenceModel s, TokenizerModel t, POSModel p) {
        this.sentenceModel = s;
        this.tokenizerModel = t;
        this.posModel = p;
    }

    public static NlpModels load() {
        try (InputStream s = open(SENTENCE); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            return new NlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        return in;
    }

    public SentenceModel sentenceModel() { return sentenceModel; }

    public TokenizerModel tokenizerModel() { return tokenizerModel; }

    public POSModel posModel() { return posModel; }
}
