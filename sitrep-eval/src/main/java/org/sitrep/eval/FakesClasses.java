package org.sitrep.eval;

import java.util.List;
import java.util.Locale;

/**
 * Maps sitrep's ACLED-style fields onto the FA-KES crowd coding's classes: 7 actor classes, 6 causes of death, and
 * governorate names compared on a transliteration skeleton.
 */
public final class FakesClasses {
    private FakesClasses() {}

    public static final String GOVERNMENT = "syrian government or russian troops";
    public static final String COALITION = "international coalition forces";
    public static final String ISIS = "the organization of the islamic state in iraq and the levant - isis";
    public static final String OPPOSITION = "armed opposition groups";
    public static final String SELF_ADMIN = "self administration forces";
    public static final String NUSRA = "al-nusra front";
    public static final String UNKNOWN = "unknown";
    public static final List<String> ACTOR_CLASSES = List.of(GOVERNMENT, COALITION, ISIS, OPPOSITION, SELF_ADMIN, NUSRA, UNKNOWN);

    public static final String SHELLING = "shelling";
    public static final String EXPLOSION = "explosion";
    public static final String CHEMICAL = "chemical and toxic gases";
    public static final String SHOOTING = "shooting";
    public static final String EXECUTION = "execution";
    public static final List<String> CAUSES = List.of(SHELLING, EXPLOSION, CHEMICAL, SHOOTING, EXECUTION, UNKNOWN);

    /** The crowd's actor class for a sitrep actor1 (canonical ACLED-style name or free text). */
    public static String actorClass(String actor1) {
        if (actor1 == null || actor1.isBlank()) return UNKNOWN;
        String a = actor1.toLowerCase(Locale.ROOT);
        // order matters: "Islamic State" before generic words, Nusra/HTS before "opposition"
        if (has(a, "islamic state", "isis", "isil", "daesh")) return ISIS;
        if (has(a, "nusra", "hayat tahrir", "tahrir al sham", "fateh al sham", "fatah al-sham")) return NUSRA;
        if (has(a, "syrian democratic forces", "sdf", "ypg", "ypj", "people's protection", "asayish", "self administration",
                "self-administration", "kurdish")) return SELF_ADMIN;
        if (has(a, "unidentified", "unknown", "civilians")) return UNKNOWN;
        if (has(a, "military forces of syria", "police forces of syria", "government of syria", "syrian government",
                "regime", "national defence forces", "ndf", "military forces of russia", "wagner", "hezbollah",
                "military forces of iran", "iran-backed", "iranian", "pro-government")) return GOVERNMENT;
        // foreign state forces other than Russia and Iran: the crowd's only class for them is the coalition
        if (has(a, "united states", "coalition", "military forces of france", "united kingdom", "military forces of turkey",
                "military forces of australia", "military forces of jordan", "military forces of israel")) return COALITION;
        if (has(a, "rebel", "opposition", "free syrian army", "fsa", "jaish", "ahrar", "faylaq", "national front for liberation",
                "syrian national army", "islamic front", "militia")) return OPPOSITION;
        return UNKNOWN;
    }

    /** The crowd's cause of death for an ACLED sub-event type; evidence decides executions among attacks. */
    public static String cause(String subEventType, List<String> evidence) {
        if (subEventType == null) return UNKNOWN;
        return switch (subEventType) {
            case "Air/drone strike", "Shelling/artillery/missile attack" -> SHELLING;
            case "Chemical weapon" -> CHEMICAL;
            case "Suicide bomb", "Remote explosive/landmine/IED", "Grenade" -> EXPLOSION;
            case "Attack" -> evidence.stream().map(e -> e.toLowerCase(Locale.ROOT))
                    .anyMatch(e -> has(e, "execut", "behead", "firing squad")) ? EXECUTION : SHOOTING;
            case "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                 "Excessive force against protesters", "Mob violence", "Violent demonstration" -> SHOOTING;
            default -> UNKNOWN;
        };
    }

    /**
     * Governorate key: score.py's skeleton without a final "h" (Raqqa ~ Ar-Raqqah, Hama ~ Hamah), with Rif Dimashq
     * counted as Damascus (the crowd codes both as "damascus").
     */
    public static String governorate(Object name) {
        String s = Norm.normAdmin(name);
        if (s.equals("rfdmsk")) s = "dmscs";
        return s.length() > 1 && s.endsWith("h") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean has(String s, String... needles) {
        for (String n : needles) {
            int i = s.indexOf(n);
            while (i >= 0) {
                boolean startOk = i == 0 || !Character.isLetter(s.charAt(i - 1));
                int end = i + n.length();
                boolean endOk = n.length() > 4 || end == s.length() || !Character.isLetter(s.charAt(end));
                if (startOk && endOk) return true;
                i = s.indexOf(n, i + 1);
            }
        }
        return false;
    }
}
