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
 * <p>The focus country is the country with most weighted votes from nationality cues, country names, named
 * groups' home countries and, when a place layer is present, resolved places (see {@link #focusCountry}); ties
 * go to the first one mentioned. Bare country cues are context, not mentions.
 *
 * <p>Rules: {@code lexicon:<alias>} for named actors, {@code national:<KIND>} for generic cues whose nationality the
 * text gives ("Russian warplanes"), {@code generic:<KIND>} for generic cues localised to the focus country (see
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
        return doc.withActors(mentions(doc, null));
    }

    /**
     * The actor mentions of a tokenized document. {@code countryHint} (ISO2), when not null, is used as the
     * article's country instead of the focus country computed from the text (for a caller that knows it from a
     * dateline, feed or user setting).
     */
    public List<ActorMention> mentions(Document doc, String countryHint) {
        if (!doc.has(Layer.TOKENS) || !doc.has(Layer.SENTENCES)) {
            throw new IllegalStateException("actor annotation needs tokens and sentences; run the tokenizer first");
        }
        List<ActorMatch> matches = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            matches.addAll(withOwnersNationality(doc, catalog.find(doc.tokens(), s.firstToken(), s.endToken())));
        }
        String focus = countryHint != null ? countryHint : focusCountry(matches,
                doc.has(Layer.PLACES) ? withoutPairedNeighbours(doc.text(), doc.places()) : List.of()).orElse(null);
        String text = doc.text();
        List<ActorMention> out = new ArrayList<>(matches.size());
        for (ActorMatch m : matches) {
            if (m.isCountryOnly() || !m.appliesIn(focus)) continue;
            ActorMention am = new ActorMention(m.span(), m.span().of(text), catalog.localize(m, focus),
                    m.isNamed() || isNamedChoice(m, focus) ? "lexicon:" + m.alias()
                            : (m.explicitIso2() != null ? "national:" : "generic:") + m.kind());
            out.add(am);
        }
        return out;
    }

    /**
     * {@code country}, a bare nationality joined by "and" right before or after {@code force}, a state's force (not a
     * government) of another known country, read as its own country's force of that kind; null when they are no such
     * pair.
     */
    private static ActorMatch sharingNoun(Document doc, ActorMatch force, ActorMatch country) {
        String forceCountry = force.explicitIso2() != null ? force.explicitIso2()
                : force.isNamed() ? force.senses().getFirst().home() : null;
        ActorMatch first = country.firstToken() < force.firstToken() ? country : force;
        ActorMatch second = first == country ? force : country;
        if (forceCountry == null || !force.kind().isState() || force.kind() == CueKind.GOVERNMENT || !country.isCountryOnly()
                || country.explicitIso2() == null || country.explicitIso2().equals(forceCountry)
                || first.endToken() + 1 != second.firstToken() || !doc.tokens().get(first.endToken()).norm().equals("and")) return null;
        return new ActorMatch(country.firstToken(), country.endToken(), country.span(), country.alias(), force.kind(),
                country.explicitIso2(), List.of(Sense.generic(force.kind(), false)));
    }

    /** "forces of India": the match ends with "of" and its country's name. */
    private static boolean namedOfItsCountry(Document doc, ActorMatch m) {
        for (int k = m.firstToken(); k < m.endToken() - 1; k++) if (doc.tokens().get(k).norm().equals("of")) return true;
        return false;
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "their");
    private static final Set<String> ATTRIBUTION_CUES = Set.of("believed", "thought", "suspected", "presumed", "presumably",
            "probably", "apparently", "reportedly", "likely");

    /**
     * A state's forces named without a nationality take it from the sentence: "Russia said its warplanes struck
     * ..." (the country whose forces "its" refers to) and "jets believed to be Russian" (the nationality given
     * after them). Matches are those of one sentence, in text order.
     */
    static List<ActorMatch> withOwnersNationality(Document doc, List<ActorMatch> ms) {
        List<ActorMatch> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            ActorMatch m = out.get(i);
            if (m.explicitIso2() != null || m.isNamed() || !m.kind().isState() || m.kind() == CueKind.GOVERNMENT) continue;
            String iso = null;
            int before = m.firstToken() - 1;
            if (before >= 0 && POSSESSIVES.contains(doc.tokens().get(before).norm())) {
                // the nearest country before it, with no other actor in between
                for (int j = i - 1; j >= 0; j--) {
                    ActorMatch c = out.get(j);
                    if (c.isCountryOnly()) { iso = c.explicitIso2(); break; }
                    if (!c.isImplied()) break;
                }
            }
            if (iso == null && i + 1 < out.size() && out.get(i + 1).isCountryOnly()) {
                // "jets flying at high altitude believed to be Russian"
                ActorMatch c = out.get(i + 1);
                if (c.firstToken() > m.endToken() && c.firstToken() - m.endToken() <= 10) {
                    for (int k = Math.max(m.endToken(), c.firstToken() - 4); k < c.firstToken(); k++) {
                        if (ATTRIBUTION_CUES.contains(doc.tokens().get(k).norm())) { iso = c.explicitIso2(); break; }
                    }
                }
            }
            if (iso != null) {
                out.set(i, new ActorMatch(m.firstToken(), m.endToken(), m.span(), m.alias(), m.kind(), iso, m.senses(),
                        m.alternatives()));
            }
        }
        // "Russian and Ukrainian forces", "Syrian and Russian jets": a nationality joined by "and" to a state force
        // of another country shares its noun, as that country's force of the same kind
        for (int i = out.size() - 1; i > 0; i--) {
            ActorMatch shared = sharingNoun(doc, out.get(i), out.get(i - 1));
            if (shared != null) out.set(i - 1, shared);
        }
        // "the armed forces of Sudan and Chad": so does a country joined by "and" to a force named "of" another country
        for (int i = 0; i + 1 < out.size(); i++) {
            ActorMatch shared = namedOfItsCountry(doc, out.get(i)) ? sharingNoun(doc, out.get(i), out.get(i + 1)) : null;
            if (shared != null) out.set(i + 1, shared);
        }
        // a cue that only counts with a nationality ("its air strikes") and found none is no actor
        out.removeIf(m -> m.explicitIso2() == null && m.senses().stream().allMatch(x -> x.isGeneric() && x.needsCountry()));
        return out;
    }

    /**
     * The article's country as the actor layer sees it; empty when neither the text nor the places name one.
     * Votes: a country's name ("in Syria") 1; another bare country cue, mostly an adjective ("Syrian state media")
     * 0.75; a nationality attached to an actor 0.5, because foreign forces and foreign victims are often the ones
     * given a nationality ("Russian jets", "two Colombian men"); a named group's home country 0.5; a resolved place 0.5 (0.25 when the place layer itself calls the choice weak),
     * because place resolution of short texts is the noisier signal ("May" is also a town).
     */
    public Optional<String> focusCountry(List<ActorMatch> matches, List<PlaceMention> places) {
        Map<String, Double> votes = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        int order = 0;
        for (ActorMatch m : matches) {
            order++;
            if (m.explicitIso2() != null) {
                double w = !m.isCountryOnly() ? 0.5 : catalog.isCountryName(m.alias(), m.explicitIso2()) ? 1.0 : 0.75;
                add(votes, first, m.explicitIso2(), w, order);
            } else if (m.isNamed()) {
                // a name that several countries' units bear ("federal police") says nothing about which country,
                // nor does a common word that one country's group took over ("insurgents" in Mozambique)
                Set<String> homes = new java.util.HashSet<>();
                boolean alsoCommon = false;
                for (Sense x : m.senses()) {
                    if (x.isNamed()) homes.add(x.home());
                    else alsoCommon = true;
                }
                String home = m.senses().getFirst().home();
                if (home != null && homes.size() == 1 && !alsoCommon) add(votes, first, home, 0.5, order);
            }
        }
        for (PlaceMention p : places) {
            order++;
            if (p.place() != null && p.place().iso2() != null) {
                boolean weak = p.pass() != null && p.pass().contains("weak");
                add(votes, first, p.place().iso2(), weak ? 0.25 : 0.5, order);
            }
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

    /**
     * The place mentions but the second of a pair joined by a hyphen or an en dash ("Turkey" in "the Syria-Turkey
     * border"), which names the neighbour across the border, not the country whose forces the story's bare "rebels" or
     * "police" are.
     */
    static List<PlaceMention> withoutPairedNeighbours(String text, List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>(places.size());
        PlaceMention before = null;
        for (PlaceMention p : places) {
            boolean paired = before != null && before.span().end() + 1 == p.span().start()
                    && (text.charAt(before.span().end()) == '-' || text.charAt(before.span().end()) == '\u2013')
                    && before.place() != null && p.place() != null
                    && !java.util.Objects.equals(before.place().iso2(), p.place().iso2());
            if (!paired) out.add(p);
            before = p;
        }
        return out;
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
