package org.sitrep.extract.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorMention;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

/**
 * Actor mentions from the {@link ActorCatalog}, one per match, with canonical names localised to the nationality
 * the text gives, else to the article's focus country.
 *
 * <p>The focus country is the most frequent country among explicit nationality cues and country names in the
 * text (named groups add half a vote for their home country, resolved places a vote each when a place layer is
 * present); ties go to the first one mentioned. Bare country cues are context, not mentions.
 *
 * <p>Rules: {@code lexicon:<alias>} for named actors, {@code generic:<KIND>} for generic cues (see
 * {@link ActorCatalog#kindOf(String)}).
 */
public final class ActorAnnotator implements Annotator {
    private final ActorCatalog catalog;

    public ActorAnnotator(ActorCatalog catalog) { this.catalog = catalog; }

    public ActorAnnotator() { this(ActorCatalog.loadDefault()); }

    @Override public String name() { return "extract.actors"; }

    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS, Layer.SENTENCES); }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.ACTORS); }

    @Override public Document apply(Document doc, StageContext ctx) {
        List<ActorMatch> matches = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            matches.addAll(catalog.find(doc.tokens(), s.firstToken(), s.endToken()));
        }
        String focus = focusCountry(matches, doc.has(Layer.PLACES) ? doc.places() : List.of()).orElse(null);
        String text = doc.text();
        List<ActorMention> out = new ArrayList<>(matches.size());
        for (ActorMatch m : matches) {
            if (m.isCountryOnly() || !m.appliesIn(focus)) continue;
            ActorMention am = new ActorMention(m.span(), m.span().of(text), catalog.localize(m, focus),
                    m.isNamed() || isNamedChoice(m, focus) ? "lexicon:" + m.alias() : "generic:" + m.kind());
            out.add(am);
        }
        return doc.withActors(out);
    }

    /** The article's country as the actor layer sees it; empty when the text names none. */
    public static Optional<String> focusCountry(List<ActorMatch> matches, List<PlaceMention> places) {
        Map<String, Double> votes = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        int order = 0;
        for (ActorMatch m : matches) {
            order++;
            if (m.explicitIso2() != null) {
                add(votes, first, m.explicitIso2(), 1.0, order);
            } else if (m.isNamed()) {
                String home = m.senses().getFirst().home();
                if (home != null) add(votes, first, home, 0.5, order);
            }
        }
        for (PlaceMention p : places) {
            order++;
            if (p.place() != null && p.place().iso2() != null) add(votes, first, p.place().iso2(), 1.0, order);
        }
        String best = null;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)
                    || (e.getValue().equals(votes.get(best)) && first.get(e.getKey()) < first.get(best))) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    private static void add(Map<String, Double> votes, Map<String, Integer> first, String iso, double w, int order) {
        votes.merge(iso, w, Double::sum);
        first.putIfAbsent(iso, order);
    }

    /** A generic-looking alias that a country-scoped name took over ("insurgents" in Mozambique). */
    private static boolean isNamedChoice(ActorMatch m, String focus) {
        String c = m.explicitIso2() != null ? m.explicitIso2() : focus;
        if (c == null) return false;
        for (Sense s : m.senses()) if (s.isNamed() && (s.scope().contains(c) || c.equals(s.home()))) return true;
        return false;
    }
}
