package org.sitrep.geo;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * Name keys for gazetteer lookup. Two levels:
 * <ul>
 *   <li>{@link #fold}: lower case, accents and apostrophe-like marks (ayn, hamza, backtick) removed, Arabic and
 *       Cyrillic script transliterated to Latin, punctuation to single spaces. Two spellings that differ only in
 *       diacritics or script fold to the same key ("Ḩamāh" / "hamah", "Київ" / "kyiv").</li>
 *   <li>{@link #skeleton}: a consonant skeleton of the folded name that absorbs the usual transliteration
 *       variation of Arabic, Ukrainian and Russian names: articles (al-/an-/ash-…), vowels and y/w glides
 *       (ei/ay, ou/u), doubled consonants, sh/ch, kh/h, q/k/c, j/g/dj, th/t, dh/d, word-final -ah/-eh.
 *       "Khan Sheikhoun" and "Khan Shaykhun", "Maraat al-Numan" and "Ma`arrat an Nu`man" share a skeleton.</li>
 * </ul>
 * Stateless and thread-safe. {@link #VERSION} changes whenever a key changes, because built indexes do not store
 * keys (they are computed at load time) but tests and callers may cache them.
 */
public final class NameNormalizer {
    public static final int VERSION = 1;

    /** Arabic article forms, as separate words after folding ("al-Numan" folds to "al numan"). */
    static final Set<String> ARTICLES = Set.of(
            "al", "el", "il", "ul", "an", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "ed", "er", "es",
            "esh", "ech", "et", "ez", "en");

    private NameNormalizer() {}

    /** Lower-cased, accent-free, Latin-script form with single spaces; empty for a name without letters. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder out = new StringBuilder(s.length() + 4);
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) { ascii = false; break; }
        String src = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
        boolean space = true; // suppress leading spaces
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            String t = translit(c, src, i);
            if (t == null) {
                // separator
                if (!space) { out.append(' '); space = true; }
            } else if (!t.isEmpty()) {
                if (space && t.charAt(0) == ' ') t = t.substring(1);
                out.append(t);
                space = t.endsWith(" ") || t.isEmpty() && space;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') out.setLength(n - 1);
        return out.toString();
    }

    /**
     * Latin replacement for one char: a string (possibly empty, for marks that vanish) or null for a separator.
     */
    private static String translit(char c, String src, int i) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') return String.valueOf(c);
        if (c >= 'A' && c <= 'Z') return String.valueOf((char) (c + 32));
        switch (c) {
            case '\'', '`', '’', '‘', 'ʿ', 'ʾ', 'ʻ', 'ʼ', '´', 'ʹ', 'ʽ', '′', '.' -> { return ""; }
            default -> { }
        }
        if (c < 0x80) return null;
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) return "";
        if (c >= 0x0600 && c <= 0x06FF) return arabic(c, src, i);
        if (c >= 0x0400 && c <= 0x04FF) return cyrillic(Character.toLowerCase(c));
        char lc = Character.toLowerCase(c);
        switch (lc) {
            case 'ı', 'i' -> { return "i"; }
            case 'ø', 'Ø' -> { return "o"; }
            case 'ł', 'Ł' -> { return "l"; }
            case 'đ', 'Đ', 'ð', 'Ð' -> { return "d"; }
            case 'ß' -> { return "ss"; }
            case 'æ', 'Æ' -> { return "ae"; }
            case 'œ', 'Œ' -> { return "oe"; }
            case 'þ', 'Þ' -> { return "th"; }
            case 'ħ', 'Ħ' -> { return "h"; }
            default -> { }
        }
        if (Character.isLetter(c)) {
            // other Latin letters that NFKD could not split; other scripts are kept as they are (lower case)
            return lc < 0x80 ? String.valueOf(lc) : (lc == c ? String.valueOf(c) : translit(lc, src, i));
        }
        return null;
    }

    private static String arabic(char c, String src, int i) {
        // definite article ال at the start of a word is dropped, so "الرقة" folds like "Raqqa"
        if (c == 'ل' && articleAlif(src, i - 1)) return "l ";
        if (c == 'ا' && articleAlif(src, i)) return "a";
        boolean end = i + 1 >= src.length() || !isArabicLetter(src.charAt(i + 1));
        return switch (c) {
            case 'ا', 'أ', 'آ', 'ٱ', 'ى' -> "a";
            case 'إ' -> "i";
            case 'ء', 'ع' -> "";
            case 'ؤ' -> "u";
            case 'ئ' -> "i";
            case 'ب' -> "b";
            case 'ت', 'ط' -> "t";
            case 'ث' -> "th";
            case 'ج' -> "j";
            case 'ح', 'ه' -> "h";
            case 'ة' -> end ? "a" : "t";
            case 'خ' -> "kh";
            case 'د', 'ض' -> "d";
            case 'ذ' -> "dh";
            case 'ر' -> "r";
            case 'ز', 'ظ' -> "z";
            case 'س', 'ص' -> "s";
            case 'ش' -> "sh";
            case 'غ' -> "gh";
            case 'ف' -> "f";
            case 'ق' -> "q";
            case 'ك', 'ک' -> "k";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            case 'و' -> "w";
            case 'ي', 'ی', 'ې' -> "y";
            case 'پ' -> "p";
            case 'چ' -> "ch";
            case 'ژ' -> "zh";
            case 'گ' -> "g";
            case 'ڤ' -> "v";
            case 'ـ' -> ""; // tatweel
            default -> Character.isLetter(c) ? "" : (Character.getType(c) == Character.NON_SPACING_MARK ? "" : null);
        };
    }

    /** Is the alif at i the start of a word-initial article ال followed by at least two more letters? */
    private static boolean articleAlif(String src, int i) {
        return i >= 0 && src.charAt(i) == 'ا' && i + 3 < src.length() && src.charAt(i + 1) == 'ل'
                && (i == 0 || !isArabicLetter(src.charAt(i - 1)))
                && isArabicLetter(src.charAt(i + 2)) && isArabicLetter(src.charAt(i + 3));
    }

    private static boolean isArabicLetter(char c) {
        return c >= 0x0620 && c <= 0x064A || c >= 0x0671 && c <= 0x06D3;
    }

    private static String cyrillic(char c) {
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "h"; case 'ґ' -> "g"; case 'д' -> "d";
            case 'е' -> "e"; case 'є' -> "ye"; case 'ё' -> "yo"; case 'ж' -> "zh"; case 'з' -> "z"; case 'и' -> "y";
            case 'і' -> "i"; case 'ї' -> "yi"; case 'й' -> "y"; case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m";
            case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t";
            case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch"; case 'ш' -> "sh";
            case 'щ' -> "shch"; case 'ъ', 'ь' -> ""; case 'ы' -> "y"; case 'э' -> "e"; case 'ю' -> "yu"; case 'я' -> "ya";
            case 'ў' -> "u"; case 'ј' -> "j"; case 'љ' -> "lj"; case 'њ' -> "nj"; case 'ћ' -> "c"; case 'ђ' -> "dj";
            case 'џ' -> "dz"; case 'ѓ' -> "g"; case 'ќ' -> "k"; case 'ѕ' -> "dz";
            default -> Character.isLetter(c) ? "" : null;
        };
    }

    /**
     * A folded name without a leading Arabic article ("al qamishli" to "qamishli"), or the name itself when it has
     * none; news often drops the article, so the index also holds this form as an exact key.
     */
    public static String withoutArticle(String folded) {
        int sp = folded.indexOf(' ');
        if (sp <= 0 || sp == folded.length() - 1) return folded;
        String first = folded.substring(0, sp);
        return ARTICLES.contains(first) && !first.equals("en") && !first.equals("l") ? folded.substring(sp + 1) : folded;
    }

    /**
     * The folded name without the Persian ezafe between its words ("e", "i", "ye", "yi": "Qala-e Naw", "Qala i Naw" and
     * "Qal'ah-ye Now" join "qala" and "naw" as "Qala Naw" does; "Mazar-e Sharif", "Mazar-i-Sharif"); the same string
     * when there is none. Neither first nor last word: "Ye" may open a name and "I" close one.
     */
    public static String withoutEzafe(String folded) {
        // (every lookup of a name the gazetteer lacks asks: most have no such word, and need no split)
        boolean any = false;
        for (String spaced : EZAFE_SPACED) if (folded.contains(spaced)) { any = true; break; }
        if (!any) return folded;
        String[] w = folded.split(" ");
        StringBuilder out = new StringBuilder(folded.length());
        boolean changed = false;
        for (int i = 0; i < w.length; i++) {
            if (i > 0 && i < w.length - 1 && EZAFE_WORDS.contains(w[i])) { changed = true; continue; }
            if (!out.isEmpty()) out.append(' ');
            out.append(w[i]);
        }
        return changed ? out.toString() : folded;
    }

    /** The Persian ezafe's spellings as a word of its own ("Qala-e Naw", "Qala i Naw", "Qal'ah-ye Now"). */
    static final Set<String> EZAFE_WORDS = Set.of("e", "i", "ye", "yi");
    private static final List<String> EZAFE_SPACED = EZAFE_WORDS.stream().map(w -> " " + w + " ").toList();

    /**
     * The folded name with each Arabic article that assimilates to the next letter (an, ar, as, ash, at, ath, ad, adh,
     * az; ed, er, es, esh, et, ez) written "al", as English news writes it; the same string when there is none. Not
     * the last word, which is no article.
     */
    public static String withArticlesAsAl(String folded) {
        String[] w = folded.split(" ");
        boolean changed = false;
        for (int i = 0; i < w.length - 1; i++) {
            if (SUN_ARTICLES.contains(w[i])) { w[i] = "al"; changed = true; }
        }
        return changed ? String.join(" ", w) : folded;
    }

    private static final Set<String> SUN_ARTICLES = Set.of("an", "ar", "as", "ash", "at", "ath", "ad", "adh", "az",
            "ed", "er", "es", "esh", "et", "ez");

    /** Consonant skeleton of a name (folds first); empty when the name has no consonants. */
    public static String skeleton(String name) {
        return skeletonOfFolded(fold(name));
    }

    /** {@link #skeleton} of an already {@link #fold folded} name (cheaper when the fold is at hand). */
    public static String skeletonOfFolded(String folded) {
        if (folded.isEmpty()) return "";
        String[] words = folded.split(" ");
        StringBuilder out = new StringBuilder(folded.length());
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (words.length > 1 && w < words.length - 1 && ARTICLES.contains(word)) continue;
            appendWordSkeleton(word, out);
        }
        // collapse doubled consonants across the whole key ("Deir Ezzor" vs "Deir ez-Zor")
        return collapseRepeats(out);
    }

    /** The characters with each run of one repeated character kept once ("bossaso" -> "bosaso"). */
    static String collapseRepeats(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) out.append(c);
        }
        return out.toString();
    }

    private static void appendWordSkeleton(String w, StringBuilder out) {
        int n = w.length();
        // word-final -ah/-eh/-ih: the h is a spelling of the final vowel ("Nabudah" / "Nabuda")
        if (n > 3 && w.charAt(n - 1) == 'h' && isVowel(w.charAt(n - 2))) n -= 1;
        int i = 0;
        // word-initial "ou" is French for w ("Ouadi" / "Wadi")
        if (n >= 3 && w.startsWith("ou") && isVowel(w.charAt(2))) { out.append('w'); i = 2; }
        while (i < n) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            boolean initial = i == 0;
            if (c == 's' && next == 'h') {
                // shch (Cyrillic щ) and sh both to s
                i += (i + 3 < n && w.charAt(i + 2) == 'c' && w.charAt(i + 3) == 'h') ? 4 : 2;
                out.append('s');
                continue;
            }
            if (c == 't' && next == 's') { out.append('s'); i += 2; continue; }
            if (c == 't' && next == 'c' && i + 2 < n && w.charAt(i + 2) == 'h') { out.append('s'); i += 3; continue; }
            if (c == 'c' && next == 'h') { out.append('s'); i += 2; continue; }
            if (c == 'c' && next == 'k') { out.append('k'); i += 2; continue; }
            if (c == 'z' && next == 'h') { out.append('z'); i += 2; continue; }
            if (c == 'k' && next == 'h') { out.append('h'); i += 2; continue; }
            if (c == 'g' && next == 'h') { out.append('g'); i += 2; continue; }
            if (c == 'd' && next == 'h') { out.append('d'); i += 2; continue; }
            if (c == 'd' && next == 'j') { out.append('g'); i += 2; continue; }
            if (c == 't' && next == 'h') { out.append('t'); i += 2; continue; }
            if (c == 'p' && next == 'h') { out.append('f'); i += 2; continue; }
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> { }
                case 'y', 'w' -> { if (initial && next != 0 && isVowel(next)) out.append(c); }
                case 'q', 'c' -> out.append('k');
                case 'j' -> out.append('g');
                case 'x' -> out.append("ks");
                default -> out.append(c);
            }
            i++;
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** True when every letter of the name is Latin, Arabic or Cyrillic script (the scripts the index keeps). */
    public static boolean keptScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (c < 0x0250 || c >= 0x1E00 && c < 0x1F00) continue;      // Latin, Latin Extended Additional
            if (c >= 0x0400 && c < 0x0530) continue;                      // Cyrillic
            if (c >= 0x0600 && c < 0x0700 || c >= 0x0750 && c < 0x0780) continue; // Arabic
            return false;
        }
        return true;
    }
}
