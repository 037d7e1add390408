package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * ACLED's crowd-size tag, "[size=about 500]" or "[size=no report]", which its coders add to the notes of
 * demonstration events only (Protests and Riots). A report that carries one is a demonstration: violence it tells of
 * is a riot (a violent demonstration when the crowd demonstrates, mob violence otherwise), and a report that names
 * no other event word ("unionists booed the minister", "traders padlocked the market") is a peaceful protest.
 */
final class CrowdSizeTag {
    private CrowdSizeTag() {}

    private static final Pattern TAG = Pattern.compile("\\[size\\s*=[^\\]\\n]{0,80}\\]");

    /** Words of a crowd's violence, for a tagged report that no trigger typed. */
    static final java.util.Set<String> VIOLENCE_WORDS = java.util.Set.of("fight", "fought", "brawl", "scuffle", "scuffled",
            "clash", "clashed", "clashes", "alight", "ablaze", "threw", "thrown", "stones", "stoned", "pelted", "molotov",
            "beat", "beaten", "attacked", "torched", "burned", "burnt", "vandalized", "vandalised", "looted", "damaged",
            "smashed", "lynched", "assaulted", "injured", "wounded");

    /** Where the tag is in the text, if the text carries one. */
    static Optional<Span> in(String text) {
        if (text.indexOf("[size") < 0) return Optional.empty();
        Matcher m = TAG.matcher(text);
        return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
    }

    /** Demonstration types are kept; any other type becomes the riot kind the report's words call for. */
    static SubEventType recode(SubEventType type, boolean demonstrationWord) {
        return switch (type.type()) {
            case PROTESTS, RIOTS -> type;
            default -> demonstrationWord ? SubEventType.VIOLENT_DEMONSTRATION : SubEventType.MOB_VIOLENCE;
        };
    }

    /** The token that stands for the crowd's action when no trigger matched: its first past-tense verb. */
    static int actionToken(SentenceView s, List<Integer> skip) {
        for (int i = s.first() + 1; i < s.end(); i++) {
            String n = s.norm(i);
            if (skip.contains(i)) continue;
            if (n.length() > 4 && n.endsWith("ed") && Character.isLowerCase(s.token(i).text().charAt(0))) return i;
        }
        return s.first();
    }
}
