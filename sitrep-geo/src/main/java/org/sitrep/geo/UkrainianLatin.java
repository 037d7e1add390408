package org.sitrep.geo;

/**
 * Ukrainian names in the national Latin spelling (the Cabinet of Ministers' table of 2010), which English-language
 * news and monitors' reports use: "Водяне" is Vodiane, "Мар'їнка" Marinka, "Золоте" Zolote. The index's own folding
 * of Cyrillic follows the Russian habit (я as "ya": Vodyane), so a village the gazetteer names only in Cyrillic
 * would otherwise miss the spelling the news gives it.
 */
final class UkrainianLatin {
    private UkrainianLatin() {}

    /** The name in the national Latin spelling; null when it holds no Ukrainian Cyrillic letter. */
    static String of(String cyrillic) {
        return CyrillicLetters.transliterate(cyrillic, UkrainianLatin::latin);
    }

    private static String latin(String name, int i, char c) {
        boolean initial = CyrillicLetters.wordInitial(name, i);
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "h"; case 'ґ' -> "g"; case 'д' -> "d";
            case 'е' -> "e"; case 'є' -> initial ? "ye" : "ie"; case 'ж' -> "zh";
            case 'з' -> i + 1 < name.length() && Character.toLowerCase(name.charAt(i + 1)) == 'г' ? "zg" : "z";
            case 'и' -> "y"; case 'і' -> "i"; case 'ї' -> initial ? "yi" : "i"; case 'й' -> initial ? "y" : "i";
            case 'к' -> "k"; case 'л' -> "l"; case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p";
            case 'р' -> "r"; case 'с' -> "s"; case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh";
            case 'ц' -> "ts"; case 'ч' -> "ch"; case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ь' -> "";
            case 'ю' -> initial ? "yu" : "iu"; case 'я' -> initial ? "ya" : "ia";
            case '\'', '’', 'ʼ' -> "";
            default -> null;
        };
    }
}
