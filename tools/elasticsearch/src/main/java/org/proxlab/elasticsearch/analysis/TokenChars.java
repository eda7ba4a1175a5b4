package org.proxlab.elasticsearch.analysis;

import org.elasticsearch.common.settings.Settings;

import java.util.List;
import java.util.Locale;

/** The {@code token_chars} / {@code custom_token_chars} settings of the (edge_)ngram tokenizers. */
final class TokenChars {
    private boolean letter, digit, whitespace, punctuation, symbol;
    private String custom = "";
    private boolean all;

    static TokenChars parse(Settings settings) {
        TokenChars chars = new TokenChars();
        List<String> classes = settings.getAsList("token_chars");
        chars.all = classes.isEmpty();
        for (String c : classes) {
            switch (c.toLowerCase(Locale.ROOT)) {
                case "letter" -> chars.letter = true;
                case "digit" -> chars.digit = true;
                case "whitespace" -> chars.whitespace = true;
                case "punctuation" -> chars.punctuation = true;
                case "symbol" -> chars.symbol = true;
                case "custom" -> chars.custom = settings.get("custom_token_chars", "");
                default -> throw new IllegalArgumentException(
                    "Unknown token type: '" + c + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]"
                );
            }
        }
        return chars;
    }

    boolean matchesAll() {
        return all;
    }

    boolean isTokenChar(int c) {
        if (letter && Character.isLetter(c)) return true;
        if (digit && Character.isDigit(c)) return true;
        if (whitespace && Character.isWhitespace(c)) return true;
        if (custom.indexOf(c) >= 0) return true;
        int type = Character.getType(c);
        if (punctuation) {
            switch (type) {
                case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION:
                    return true;
                default:
                    break;
            }
        }
        if (symbol) {
            switch (type) {
                case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
