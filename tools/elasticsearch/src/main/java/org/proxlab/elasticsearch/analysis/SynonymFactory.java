package org.proxlab.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code synonym} and {@code synonym_graph} token filters with inline {@code synonyms} (or a
 * {@code synonyms_path} relative to the node's config dir), Solr or WordNet {@code format}, {@code expand},
 * {@code lenient} and {@code updateable} (search-time only), like analysis-common. As there, the rules are analysed
 * with the analyzer's own tokenizer, char filters and the filters that precede this one (e.g. lowercase), so
 * "KI, AI, künstliche intelligenz" matches lower-cased text. Not supported: {@code synonyms_set} (synonyms API).
 */
final class SynonymFactory implements TokenFilterFactory {

    private final String name;
    private final Environment environment;
    private final Settings settings;
    private final boolean graph;
    private final boolean expand;
    private final boolean lenient;
    private final String format;
    private final AnalysisMode analysisMode;

    SynonymFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings, boolean graph) {
        this.name = name;
        this.environment = environment;
        this.settings = settings;
        this.graph = graph;
        if (settings.hasValue("synonyms_set")) {
            throw new IllegalArgumentException(
                "[" + name + "]: synonyms_set (the synonyms API) is not available on this node; use inline synonyms or synonyms_path"
            );
        }
        if (settings.hasValue("synonyms") == false && settings.hasValue("synonyms_path") == false) {
            throw new IllegalArgumentException("synonym requires either `synonyms`, `synonyms_set` or `synonyms_path` to be configured");
        }
        this.expand = settings.getAsBoolean("expand", true);
        boolean updateable = settings.getAsBoolean("updateable", false);
        this.lenient = settings.getAsBoolean("lenient", updateable);
        this.format = settings.get("format", "");
        this.analysisMode = updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return analysisMode;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("Call getChainAwareTokenFilterFactory to specialize this factory for an analysis chain first");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(
        IndexCreationContext context,
        TokenizerFactory tokenizer,
        List<CharFilterFactory> charFilters,
        List<TokenFilterFactory> previousTokenFilters,
        Function<String, TokenFilterFactory> allFilters
    ) {
        Analyzer ruleAnalyzer = new CustomAnalyzer(
            tokenizer,
            charFilters.toArray(new CharFilterFactory[0]),
            previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new)
        );
        SynonymMap synonyms = buildSynonyms(ruleAnalyzer);
        boolean useGraph = graph;
        AnalysisMode mode = analysisMode;
        String filterName = name;
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return filterName;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                if (synonyms.fst == null) {
                    return tokenStream;
                }
                return useGraph ? new SynonymGraphFilter(tokenStream, synonyms, false) : new SynonymFilter(tokenStream, synonyms, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                // a later synonym filter must not see this one's (stacked) output while parsing its rules
                return IDENTITY_FILTER;
            }

            @Override
            public AnalysisMode getAnalysisMode() {
                return mode;
            }
        };
    }

    private SynonymMap buildSynonyms(Analyzer analyzer) {
        String origin;
        Reader rules;
        if (settings.hasValue("synonyms")) {
            StringBuilder sb = new StringBuilder();
            for (String line : Analysis.getWordList(environment, settings, "synonyms")) {
                sb.append(line).append(System.lineSeparator());
            }
            rules = new StringReader(sb.toString());
            origin = "'" + name + "' analyzer settings";
        } else {
            origin = settings.get("synonyms_path");
            rules = Analysis.getReaderFromFile(environment, origin, "synonyms");
        }
        try {
            if ("wordnet".equalsIgnoreCase(format)) {
                WordnetSynonymParser parser = new WordnetSynonymParser(true, expand, analyzer);
                parser.parse(rules);
                return parser.build();
            }
            LenientSolrParser parser = new LenientSolrParser(expand, lenient, analyzer);
            parser.parse(rules);
            return parser.build();
        } catch (Exception e) {
            throw new IllegalArgumentException("failed to build synonyms from [" + origin + "]", e);
        }
    }

    /** Solr-format parser that, when lenient, skips rules whose terms the analysis chain cannot handle. */
    private static final class LenientSolrParser extends SolrSynonymParser {
        private final boolean lenient;

        LenientSolrParser(boolean expand, boolean lenient, Analyzer analyzer) {
            super(true, expand, analyzer);
            this.lenient = lenient;
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (lenient == false || (input.length > 0 && output.length > 0)) {
                super.add(input, output, includeOrig);
            }
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            try {
                return super.analyze(text, reuse);
            } catch (IllegalArgumentException e) {
                if (lenient) {
                    return new CharsRef("");
                }
                throw e;
            }
        }
    }
}
