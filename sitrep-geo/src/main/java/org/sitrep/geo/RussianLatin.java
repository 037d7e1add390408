package org.sitrep.geo;

/**
 * Cyrillic names in the Russian-style Latin spelling English-language news has long used for the former Soviet
 * countries (BGN/PCGN, simplified): "Марганец" is Marganets, "Горловка" Gorlovka, "Глушково" Glushkovo. The index's
 * own folding reads г as h, the Ukrainian way (Marhanets, Horlivka), so a town the gazetteer names in Latin only the
 * Ukrainian way, or a village it names only in Cyrillic, would otherwise miss the g that Russian-based spellings write.
 */
final class RussianLatin {
    private RussianLatin() {}

    /** The name in the Russian-style Latin spelling; null when it holds no Cyrillic letter. */
    static String of(String cyrillic) {
        return CyrillicLetters.transliterate(cyrillic, RussianLatin::latin);
    }

    private static String latin(String name, int i, char c) {
        // ("Елена" is Yelena, "Подъем" Podyem: е opens a syllable as ye after a vowel, a sign or the word's start)
        boolean syllableStart = i == 0 || !Character.isLetter(name.charAt(i - 1))
                || "аеёиоуыэюяіїєъь".indexOf(Character.toLowerCase(name.charAt(i - 1))) >= 0;
        return switch (c) {
            case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г', 'ґ' -> "g"; case 'д' -> "d";
            case 'е' -> syllableStart ? "ye" : "e"; case 'ё' -> "yo"; case 'є' -> "ye"; case 'ж' -> "zh";
            case 'з' -> "z"; case 'и' -> "i"; case 'і' -> "i"; case 'ї' -> "yi"; case 'й' -> "y"; case 'к' -> "k";
            case 'л' -> "l"; case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r";
            case 'с' -> "s"; case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts";
            case 'ч' -> "ch"; case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ъ', 'ь' -> ""; case 'ы' -> "y";
            case 'э' -> "e"; case 'ю' -> "yu"; case 'я' -> "ya";
            default -> null;
        };
    }
}
