package org.proxlab.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.apache.lucene.analysis.core.StopAnalyzer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.de.GermanStemFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredCharFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;

import java.io.Reader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/**
 * The analysis components we provide, under the names (and with the settings) that Elasticsearch's analysis-common
 * module uses, so an index definition written for a stock Elasticsearch 8 works here unchanged. Only the subset
 * ProXLab needs (plus a few cheap extras) exists; everything is a thin wrapper around Lucene's own classes from
 * lucene-analysis-common, which the server jar already depends on.
 */
public final class AnalysisComponents {

    private AnalysisComponents() {}

    // ---------------------------------------------------------------- token filters (configurable, "type": ...)

    public static Map<String, AnalysisProvider<TokenFilterFactory>> tokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> filters = new LinkedHashMap<>();
        filters.put("lowercase", (index, env, name, settings) -> lowercase(name, settings.get("language")));
        filters.put("uppercase", (index, env, name, settings) -> normalizing(name, UpperCaseFilter::new));
        filters.put("asciifolding", (index, env, name, settings) -> asciiFolding(name, settings.getAsBoolean("preserve_original", false)));
        filters.put("german_normalization", (index, env, name, settings) -> normalizing(name, GermanNormalizationFilter::new));
        filters.put("stemmer", (index, env, name, settings) -> StemmerFactory.create(name, settings));
        filters.put("snowball", (index, env, name, settings) -> {
            String language = settings.get("language", "English");
            return filter(name, in -> new SnowballFilter(in, language));
        });
        filters.put("keyword_marker", requiresAnalysisSettings((index, env, name, settings) -> keywordMarker(env, name, settings)));
        filters.put("synonym", requiresAnalysisSettings((index, env, name, settings) -> new SynonymFactory(index, env, name, settings, false)));
        filters.put(
            "synonym_graph",
            requiresAnalysisSettings((index, env, name, settings) -> new SynonymFactory(index, env, name, settings, true))
        );
        filters.put("edge_ngram", (index, env, name, settings) -> edgeNGram(name, settings));
        filters.put("ngram", (index, env, name, settings) -> nGram(index, name, settings));
        filters.put("dictionary_decompounder", requiresAnalysisSettings((index, env, name, settings) -> decompounder(env, name, settings)));
        filters.put("trim", (index, env, name, settings) -> normalizing(name, TrimFilter::new));
        filters.put("length", (index, env, name, settings) -> {
            int min = settings.getAsInt("min", 0);
            int max = settings.getAsInt("max", Integer.MAX_VALUE);
            return filter(name, in -> new LengthFilter(in, min, max));
        });
        return filters;
    }

    // ---------------------------------------------------------------- token filters usable by bare name

    public static List<PreConfiguredTokenFilter> preConfiguredTokenFilters() {
        // "lowercase" is pre-configured by the server itself
        return List.of(
            PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
            PreConfiguredTokenFilter.singleton("german_normalization", true, GermanNormalizationFilter::new),
            PreConfiguredTokenFilter.singleton("german_stem", false, GermanStemFilter::new),
            PreConfiguredTokenFilter.singleton("uppercase", true, UpperCaseFilter::new),
            PreConfiguredTokenFilter.singleton("trim", true, TrimFilter::new),
            PreConfiguredTokenFilter.singleton("porter_stem", false, PorterStemFilter::new),
            PreConfiguredTokenFilter.singleton("kstem", false, KStemFilter::new),
            PreConfiguredTokenFilter.singleton("stemmer", false, PorterStemFilter::new),
            PreConfiguredTokenFilter.singleton("snowball", false, in -> new SnowballFilter(in, "English")),
            PreConfiguredTokenFilter.singleton("edge_ngram", false, false, in -> new EdgeNGramTokenFilter(in, 1)),
            PreConfiguredTokenFilter.singleton("ngram", false, false, in -> new NGramTokenFilter(in, 1, 2, false))
        );
    }

    // ---------------------------------------------------------------- tokenizers

    public static Map<String, AnalysisProvider<TokenizerFactory>> tokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new LinkedHashMap<>();
        tokenizers.put("keyword", (index, env, name, settings) -> {
            int bufferSize = settings.getAsInt("buffer_size", 256);
            return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(bufferSize));
        });
        tokenizers.put("whitespace", (index, env, name, settings) -> {
            int maxTokenLength = settings.getAsInt("max_token_length", 255);
            return TokenizerFactory.newFactory(
                name,
                () -> new WhitespaceTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, maxTokenLength)
            );
        });
        tokenizers.put("letter", (index, env, name, settings) -> TokenizerFactory.newFactory(name, LetterTokenizer::new));
        tokenizers.put("edge_ngram", (index, env, name, settings) -> {
            int min = settings.getAsInt("min_gram", 1);
            int max = settings.getAsInt("max_gram", 2);
            TokenChars chars = TokenChars.parse(settings);
            return TokenizerFactory.newFactory(name, () -> chars.matchesAll() ? new EdgeNGramTokenizer(min, max) : new EdgeNGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int c) {
                    return chars.isTokenChar(c);
                }
            });
        });
        tokenizers.put("ngram", (index, env, name, settings) -> {
            int min = settings.getAsInt("min_gram", 1);
            int max = settings.getAsInt("max_gram", 2);
            checkNGramDiff(index, min, max);
            TokenChars chars = TokenChars.parse(settings);
            return TokenizerFactory.newFactory(name, () -> chars.matchesAll() ? new NGramTokenizer(min, max) : new NGramTokenizer(min, max) {
                @Override
                protected boolean isTokenChar(int c) {
                    return chars.isTokenChar(c);
                }
            });
        });
        return tokenizers;
    }

    public static List<PreConfiguredTokenizer> preConfiguredTokenizers() {
        // "standard" is pre-configured by the server itself
        return List.of(
            PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new),
            PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new),
            PreConfiguredTokenizer.singleton("letter", LetterTokenizer::new),
            PreConfiguredTokenizer.singleton("edge_ngram", () -> new EdgeNGramTokenizer(1, 2)),
            PreConfiguredTokenizer.singleton("ngram", NGramTokenizer::new)
        );
    }

    // ---------------------------------------------------------------- char filters

    public static Map<String, AnalysisProvider<CharFilterFactory>> charFilters() {
        Map<String, AnalysisProvider<CharFilterFactory>> charFilters = new LinkedHashMap<>();
        charFilters.put("html_strip", (index, env, name, settings) -> {
            List<String> escaped = settings.getAsList("escaped_tags");
            Set<String> escapedTags = escaped.isEmpty() ? null : new HashSet<>(escaped);
            return charFilter(name, reader -> new HTMLStripCharFilter(reader, escapedTags));
        });
        charFilters.put("mapping", requiresAnalysisSettings((index, env, name, settings) -> MappingCharFilters.create(env, name, settings)));
        charFilters.put("pattern_replace", requiresAnalysisSettings((index, env, name, settings) -> {
            String pattern = settings.get("pattern");
            if (pattern == null) {
                throw new IllegalArgumentException("pattern is missing for [" + name + "] char filter of type 'pattern_replace'");
            }
            Pattern compiled = Regex.compile(pattern, settings.get("flags"));
            String replacement = settings.get("replacement", "");
            return new NormalizingCharFilterFactory() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Reader create(Reader reader) {
                    return new PatternReplaceCharFilter(compiled, replacement, reader);
                }
            };
        }));
        return charFilters;
    }

    public static List<PreConfiguredCharFilter> preConfiguredCharFilters() {
        return List.of(PreConfiguredCharFilter.singleton("html_strip", false, HTMLStripCharFilter::new));
    }

    // ---------------------------------------------------------------- analyzers

    public static Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new LinkedHashMap<>();
        analyzers.put("german", (index, env, name, settings) -> analyzer(name, settings, () -> {
            CharArraySet stopwords = Analysis.parseStopWords(env, settings, GermanAnalyzer.getDefaultStopSet());
            return new GermanAnalyzer(stopwords, Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
        }));
        analyzers.put("english", (index, env, name, settings) -> analyzer(name, settings, () -> {
            CharArraySet stopwords = Analysis.parseStopWords(env, settings, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new EnglishAnalyzer(stopwords, Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
        }));
        analyzers.put("simple", (index, env, name, settings) -> analyzer(name, settings, SimpleAnalyzer::new));
        analyzers.put("whitespace", (index, env, name, settings) -> analyzer(name, settings, WhitespaceAnalyzer::new));
        analyzers.put(
            "stop",
            (index, env, name, settings) -> analyzer(
                name,
                settings,
                () -> new StopAnalyzer(Analysis.parseStopWords(env, settings, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))
            )
        );
        return analyzers;
    }

    public static List<PreBuiltAnalyzerProviderFactory> preBuiltAnalyzers() {
        return List.of(
            new PreBuiltAnalyzerProviderFactory("german", CachingStrategy.ONE, GermanAnalyzer::new),
            new PreBuiltAnalyzerProviderFactory("english", CachingStrategy.ONE, EnglishAnalyzer::new),
            new PreBuiltAnalyzerProviderFactory("simple", CachingStrategy.ONE, SimpleAnalyzer::new),
            new PreBuiltAnalyzerProviderFactory("whitespace", CachingStrategy.ONE, WhitespaceAnalyzer::new),
            new PreBuiltAnalyzerProviderFactory("stop", CachingStrategy.ONE, () -> new StopAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))
        );
    }

    // ---------------------------------------------------------------- helpers

    static TokenFilterFactory filter(String name, Function<TokenStream, TokenStream> create) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return create.apply(tokenStream);
            }
        };
    }

    static TokenFilterFactory normalizing(String name, Function<TokenStream, TokenStream> create) {
        return new NormalizingTokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return create.apply(tokenStream);
            }
        };
    }

    private static CharFilterFactory charFilter(String name, Function<Reader, Reader> create) {
        return new CharFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reader create(Reader reader) {
                return create.apply(reader);
            }
        };
    }

    private static TokenFilterFactory lowercase(String name, String language) {
        if (language == null) {
            return normalizing(name, LowerCaseFilter::new);
        }
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "greek" -> normalizing(name, GreekLowerCaseFilter::new);
            case "irish" -> normalizing(name, IrishLowerCaseFilter::new);
            case "turkish" -> normalizing(name, TurkishLowerCaseFilter::new);
            default -> throw new IllegalArgumentException("language [" + language + "] not support for lower case");
        };
    }

    private static TokenFilterFactory asciiFolding(String name, boolean preserveOriginal) {
        return new NormalizingTokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
            }

            @Override
            public TokenStream normalize(TokenStream tokenStream) {
                // normalization (keyword normalizers, wildcard/prefix terms) must produce exactly one token
                return new ASCIIFoldingFilter(tokenStream, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                // stacked tokens cannot be parsed into a synonym map
                return preserveOriginal ? IDENTITY_FILTER : this;
            }
        };
    }

    private static TokenFilterFactory keywordMarker(Environment env, String name, Settings settings) {
        CharArraySet keywords = Analysis.getWordSet(env, settings, "keywords");
        if (keywords == null) {
            throw new IllegalArgumentException("keyword filter requires either `keywords` or `keywords_path` to be configured");
        }
        return filter(name, in -> new SetKeywordMarkerFilter(in, keywords));
    }

    private static TokenFilterFactory edgeNGram(String name, Settings settings) {
        int min = settings.getAsInt("min_gram", 1);
        int max = settings.getAsInt("max_gram", 2);
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        return new NoSynonymsFilter(name, in -> new EdgeNGramTokenFilter(in, min, max, preserveOriginal));
    }

    private static TokenFilterFactory nGram(IndexSettings index, String name, Settings settings) {
        int min = settings.getAsInt("min_gram", 1);
        int max = settings.getAsInt("max_gram", 2);
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        checkNGramDiff(index, min, max);
        return new NoSynonymsFilter(name, in -> new NGramTokenFilter(in, min, max, preserveOriginal));
    }

    private static void checkNGramDiff(IndexSettings index, int min, int max) {
        int allowed = index.getMaxNgramDiff();
        if (max - min > allowed) {
            throw new IllegalArgumentException(
                "The difference between max_gram and min_gram in NGram Tokenizer must be less than or equal to: ["
                    + allowed
                    + "] but was ["
                    + (max - min)
                    + "]. This limit can be set by changing the ["
                    + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey()
                    + "] index level setting."
            );
        }
    }

    private static TokenFilterFactory decompounder(Environment env, String name, Settings settings) {
        CharArraySet words = Analysis.getWordSet(env, settings, "word_list");
        if (words == null) {
            throw new IllegalArgumentException(
                "word_list must be provided for [" + name + "], either as a path to a file, or directly"
            );
        }
        int minWordSize = settings.getAsInt("min_word_size", DictionaryCompoundWordTokenFilter.DEFAULT_MIN_WORD_SIZE);
        int minSubwordSize = settings.getAsInt("min_subword_size", DictionaryCompoundWordTokenFilter.DEFAULT_MIN_SUBWORD_SIZE);
        int maxSubwordSize = settings.getAsInt("max_subword_size", DictionaryCompoundWordTokenFilter.DEFAULT_MAX_SUBWORD_SIZE);
        boolean onlyLongestMatch = settings.getAsBoolean("only_longest_match", false);
        return filter(
            name,
            in -> new DictionaryCompoundWordTokenFilter(in, words, minWordSize, minSubwordSize, maxSubwordSize, onlyLongestMatch)
        );
    }

    private static AnalyzerProvider<Analyzer> analyzer(String name, Settings settings, Supplier<Analyzer> create) {
        Analyzer analyzer = create.get();
        return new AbstractIndexAnalyzerProvider<>(name, settings) {
            @Override
            public Analyzer get() {
                return analyzer;
            }
        };
    }

    /** n-gram filters produce stacked tokens, which cannot be parsed into synonym maps (same rule as analysis-common). */
    private static final class NoSynonymsFilter implements TokenFilterFactory {
        private final String name;
        private final Function<TokenStream, TokenStream> create;

        NoSynonymsFilter(String name, Function<TokenStream, TokenStream> create) {
            this.name = name;
            this.create = create;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return create.apply(tokenStream);
        }

        @Override
        public TokenFilterFactory getSynonymFilter() {
            throw new IllegalArgumentException("Token filter [" + name + "] cannot be used to parse synonyms");
        }
    }
}
