package org.sitrep.extract.actors;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Span;

/**
 * A stretch of text that names or implies an actor, before the article's country is applied.
 *
 * @param firstToken   index of the first token covered
 * @param endToken     index after the last token covered
 * @param span         character span (may start or end inside a hyphenated token: "ISIS" in "ISIS-linked")
 * @param alias        the lexicon alias that matched (lower-cased words), e.g. "warplanes", "hts"
 * @param kind         cue kind; for a named actor the kind of its first sense (NAMED_GROUP, or STATE_GROUND for
 *                     "Tatmadaw")
 * @param explicitIso2 nationality the text attaches ("Russian warplanes", "forces of Armenia"), or null
 * @param senses       the meanings in play, named ones first; {@link ActorCatalog#localize} picks one by country
 * @param alternatives other actors the text offers in the same breath ("ISWAP or Boko Haram militants"): ACLED
 *                     then codes "A and/or B"; empty normally
 */
public record ActorMatch(int firstToken, int endToken, Span span, String alias, CueKind kind, String explicitIso2,
                         List<Sense> senses, List<ActorMatch> alternatives) {
    public ActorMatch {
        senses = List.copyOf(senses);
        alternatives = List.copyOf(alternatives);
        if (senses.isEmpty()) throw new IllegalArgumentException("actor match without senses: " + alias);
    }

    ActorMatch(int firstToken, int endToken, Span span, String alias, CueKind kind, String explicitIso2,
               List<Sense> senses) {
        this(firstToken, endToken, span, alias, kind, explicitIso2, senses, List.of());
    }

    public Optional<String> explicitCountry() { return Optional.ofNullable(explicitIso2); }

    /** True when the match names a specific group or unit rather than a kind of actor. */
    public boolean isNamed() { return senses.getFirst().isNamed(); }

    /** True for event words that only imply an actor ("protested" implies protesters). */
    public boolean isImplied() { return kind.isImplied(); }

    /** True for a bare country name or adjective, which is context rather than an actor. */
    public boolean isCountryOnly() { return kind == CueKind.COUNTRY; }

    /**
     * False when every meaning is a named actor scoped to other countries ("AA" means the Arakan Army only in
     * Myanmar and Bangladesh; elsewhere it is a news agency), so the match should be dropped there. With no
     * country known at all every match applies.
     */
    public boolean appliesIn(String iso2) {
        String c = explicitIso2 != null ? explicitIso2 : iso2;
        if (c == null) return true;
        for (Sense s : senses) {
            if (!s.isNamed() || s.scope().isEmpty() || s.scope().contains(c)) return true;
        }
        return false;
    }
}
