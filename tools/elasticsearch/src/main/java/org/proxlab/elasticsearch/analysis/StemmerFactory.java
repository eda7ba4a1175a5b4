package org.proxlab.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.br.BrazilianStemFilter;
import org.apache.lucene.analysis.ckb.SoraniStemFilter;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.gl.GalicianMinimalStemFilter;
import org.apache.lucene.analysis.gl.GalicianStemFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.pt.PortugueseStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static java.util.Map.entry;

/**
 * The {@code stemmer} token filter: setting {@code language} (or its alias {@code name}), default {@code porter};
 * the language names are those of analysis-common's stemmer filter.
 */
final class StemmerFactory {

    private StemmerFactory() {}

    private static Function<TokenStream, TokenStream> snowball(String stemmer) {
        return in -> new SnowballFilter(in, stemmer);
    }

    private static final Map<String, Function<TokenStream, TokenStream>> STEMMERS = Map.ofEntries(
        entry("arabic", ArabicStemFilter::new),
        entry("armenian", snowball("Armenian")),
        entry("basque", snowball("Basque")),
        entry("bengali", BengaliStemFilter::new),
        entry("brazilian", BrazilianStemFilter::new),
        entry("bulgarian", BulgarianStemFilter::new),
        entry("catalan", snowball("Catalan")),
        entry("czech", CzechStemFilter::new),
        entry("danish", snowball("Danish")),
        entry("dutch", snowball("Dutch")),
        entry("dutch_kp", snowball("Kp")),
        entry("english", PorterStemFilter::new),
        entry("light_english", KStemFilter::new),
        entry("kstem", KStemFilter::new),
        entry("lovins", snowball("Lovins")),
        entry("minimal_english", EnglishMinimalStemFilter::new),
        entry("porter", PorterStemFilter::new),
        entry("porter2", snowball("English")),
        entry("possessive_english", EnglishPossessiveFilter::new),
        entry("estonian", snowball("Estonian")),
        entry("finnish", snowball("Finnish")),
        entry("light_finish", FinnishLightStemFilter::new),
        entry("light_finnish", FinnishLightStemFilter::new),
        entry("french", snowball("French")),
        entry("light_french", FrenchLightStemFilter::new),
        entry("minimal_french", FrenchMinimalStemFilter::new),
        entry("galician", GalicianStemFilter::new),
        entry("minimal_galician", GalicianMinimalStemFilter::new),
        entry("german", snowball("German")), // stock: the Snowball German stemmer
        entry("german2", snowball("German2")),
        entry("light_german", GermanLightStemFilter::new),
        entry("minimal_german", GermanMinimalStemFilter::new),
        entry("greek", GreekStemFilter::new),
        entry("hindi", HindiStemFilter::new),
        entry("hungarian", snowball("Hungarian")),
        entry("light_hungarian", HungarianLightStemFilter::new),
        entry("indonesian", IndonesianStemFilter::new),
        entry("irish", snowball("Irish")),
        entry("italian", snowball("Italian")),
        entry("light_italian", ItalianLightStemFilter::new),
        entry("latvian", LatvianStemFilter::new),
        entry("lithuanian", snowball("Lithuanian")),
        entry("norwegian", snowball("Norwegian")),
        entry("light_norwegian", NorwegianLightStemFilter::new),
        entry("minimal_norwegian", NorwegianMinimalStemFilter::new),
        entry("light_nynorsk", in -> new NorwegianLightStemFilter(in, NorwegianLightStemmer.NYNORSK)),
        entry("minimal_nynorsk", in -> new NorwegianMinimalStemFilter(in, NorwegianLightStemmer.NYNORSK)),
        entry("portuguese", snowball("Portuguese")),
        entry("light_portuguese", PortugueseLightStemFilter::new),
        entry("minimal_portuguese", PortugueseMinimalStemFilter::new),
        entry("portuguese_rslp", PortugueseStemFilter::new),
        entry("romanian", snowball("Romanian")),
        entry("russian", snowball("Russian")),
        entry("light_russian", RussianLightStemFilter::new),
        entry("serbian", snowball("Serbian")),
        entry("sorani", SoraniStemFilter::new),
        entry("spanish", snowball("Spanish")),
        entry("light_spanish", SpanishLightStemFilter::new),
        entry("spanish_plural", SpanishPluralStemFilter::new),
        entry("swedish", snowball("Swedish")),
        entry("light_swedish", SwedishLightStemFilter::new),
        entry("minimal_swedish", SwedishMinimalStemFilter::new),
        entry("turkish", snowball("Turkish"))
    );

    static TokenFilterFactory create(String name, Settings settings) {
        String language = settings.get("language", settings.get("name", "porter"));
        Function<TokenStream, TokenStream> stemmer = STEMMERS.get(language.toLowerCase(Locale.ROOT));
        if (stemmer == null) {
            throw new IllegalArgumentException("Unknown stemmer language [" + language + "] for stemmer filter [" + name + "]; supported: "
                + new java.util.TreeSet<>(STEMMERS.keySet()));
        }
        return AnalysisComponents.filter(name, stemmer);
    }
}
