package org.sitrep.geo;

import java.util.List;
import org.sitrep.model.Span;

/**
 * A span of text that matched gazetteer names, before disambiguation, with the cues around it.
 *
 * @param firstToken   index of the first token (document-wide)
 * @param endToken     index after the last token
 * @param folded       {@link NameNormalizer#fold} of the span text
 * @param matches      gazetteer matches, best first
 * @param suffix       cue word right after the name ("province", "city", "plain" …) or "" when none
 * @param modifier     area modifier before or after the name ("northern", "outskirts", "north-of", "countryside")
 *                     or "" when none
 * @param qualifier    index (in the candidate list) of a mention that qualifies this one ("X, Hama", "X in Hama",
 *                     "X (Hama)"), or -1
 * @param cued         a context cue says a place follows ("village of", "in", "near"): lowers the evidence needed
 * @param qualifying   this mention qualifies the one before it ("Hama" in "X, Hama"; "UP" in "X (UP)")
 * @param institution  the name opens a North American municipal institution's name ("Paris Police Department") or
 *                     is a town paper's bare dateline ("MANSFIELD —"):
 *                     its readings are that country's towns, and the choice among them is grounded, not a guess
 * @param acrossBorder the name is the second of a hyphenated pair of places in two countries ("India" in "the
 *                     Nepal-India border"): a place the text names, but no sign of the country the story is about
 */
record Candidate(Span span, String text, int firstToken, int endToken, String folded, List<Gazetteer.Match> matches,
                 String suffix, String modifier, int qualifier, boolean cued, boolean qualifying, boolean institution,
                 boolean acrossBorder) {

    Candidate(Span span, String text, int firstToken, int endToken, String folded, List<Gazetteer.Match> matches,
              String suffix, String modifier, int qualifier, boolean cued, boolean qualifying) {
        this(span, text, firstToken, endToken, folded, matches, suffix, modifier, qualifier, cued, qualifying, false, false);
    }

    /** The same name without the word after it, which belongs to the next name ("the Bekaa town of Zahle"). */
    Candidate withoutSuffix() {
        return new Candidate(span, text, firstToken, endToken, folded, matches, "", modifier, qualifier, cued, qualifying,
                institution, acrossBorder);
    }

    Candidate withMatches(List<Gazetteer.Match> ms, boolean isInstitution) {
        return new Candidate(span, text, firstToken, endToken, folded, ms, suffix, modifier, qualifier, cued, qualifying,
                isInstitution, acrossBorder);
    }

    Candidate withQualifier(int q) {
        return new Candidate(span, text, firstToken, endToken, folded, matches, suffix, modifier, q, cued, qualifying, institution,
                acrossBorder);
    }

    Candidate withModifier(String m) {
        return new Candidate(span, text, firstToken, endToken, folded, matches, suffix, m, qualifier, cued, qualifying, institution,
                acrossBorder);
    }

    Candidate asQualifying() {
        return new Candidate(span, text, firstToken, endToken, folded, matches, suffix, modifier, qualifier, cued, true, institution,
                acrossBorder);
    }

    boolean hasExact() {
        for (Gazetteer.Match m : matches) if (m.exact()) return true;
        return false;
    }
}
