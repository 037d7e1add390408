package org.sitrep.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.actors.Lexicon.CaseRule;
import org.sitrep.extract.actors.Lexicon.Hit;
import org.sitrep.extract.actors.Words.Word;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The actor lexicon: canonical ACLED-style names with inter codes and their aliases, country-templated generic
 * forms for every country, and named groups of the main conflicts. Loaded once from the resource files in
 * {@code org/sitrep/extract/actors/} (countries.tsv, cues.tsv, generic.tsv, groups.tsv; each documents its
 * columns) and read-only afterwards, so one instance serves all threads.
 *
 * <p>{@link #find} is a longest-match lookup over token words that also composes nationality with a generic cue
 * ("Syrian troops", "Syria's army", "military forces of Armenia", "Syrian and Russian warplanes") and absorbs the
 * group word after a name ("ISIS militants", "LNA forces"). {@link #localize} then applies the article's country
 * to what the text left open ("the army" in a Syrian article is Military Forces of Syria).
 */
public final class ActorCatalog {
    private static final String BASE = "/org/sitrep/extract/actors/";
    private static volatile ActorCatalog defaultCatalog;

    /** Words that turn a preceding nationality into a patron rather than the actor: "Turkish-backed rebels". */
    private static final Set<String> PATRON_WORDS = Set.of("backed", "led", "allied", "supported", "sponsored",
            "funded", "trained", "aligned", "affiliated", "linked", "based", "owned", "born", "brokered",
            "controlled", "held", "run", "installed", "armed", "made", "inspired", "friendly", "leaning", "registered",
            "flagged", "bound", "speaking", "american");
    /** Words between a name and its group word that keep the name: "ISIS-linked militants", "Hezbollah's fighters". */
    private static final Set<String> NAME_LINKERS = Set.of("linked", "affiliated", "allied", "aligned", "led",
            "backed", "loyal", "'s", "inspired", "affiliate");
    /** Kinds of group word a name absorbs ("Taliban fighters" is the Taliban, not fighters). */
    private static final Set<CueKind> ABSORBED = Set.of(CueKind.STATE_GROUND, CueKind.STATE_AIR, CueKind.REBEL,
            CueKind.MILITANTS, CueKind.UNIDENTIFIED_ARMED, CueKind.ISLAMIST, CueKind.SEPARATIST, CueKind.POLICE,
            CueKind.GANG, CueKind.COMMUNIST_REBEL);
    /** Country words that may follow "forces of the Syrian ..." and belong to the phrase. */
    private static final Set<String> STATE_TAIL = Set.of("regime", "government", "army", "military", "state");

    private final Lexicon lexicon;
    private final Map<String, Country> countries;
    private final Map<CueKind, Map<String, Template>> templates;

    /** A canonical-name pattern for a generic kind: "{of}", "{name}", "{name?}" placeholders. */
    record Template(int inter, String pattern) {}

    private ActorCatalog(Lexicon lexicon, Map<String, Country> countries, Map<CueKind, Map<String, Template>> templates) {
        this.lexicon = lexicon;
        this.countries = countries;
        this.templates = templates;
    }

    /** The catalogue bundled with sitrep, loaded on first use. */
    public static ActorCatalog loadDefault() {
        ActorCatalog c = defaultCatalog;
        if (c == null) {
            synchronized (ActorCatalog.class) {
                if (defaultCatalog == null) defaultCatalog = load();
                c = defaultCatalog;
            }
        }
        return c;
    }

    /** Number of aliases in the lexicon (for logs and tests). */
    public int aliasCount() { return lexicon.size(); }

    public Optional<Country> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2));
    }

    public List<Country> countries() { return List.copyOf(countries.values()); }

    /** True when {@code alias} (as in {@link ActorMatch#alias()}) is the country's own name, not an adjective. */
    public boolean isCountryName(String alias, String iso2) {
        Country c = iso2 == null ? null : countries.get(iso2);
        if (c == null) return false;
        return alias.equals(wordsOf(c.name())) || alias.equals(wordsOf(c.ofForm()));
    }

    private static String wordsOf(String s) {
        StringBuilder sb = new StringBuilder();
        for (Word w : Words.ofAlias(s)) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(w.norm());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------ matching

    /**
     * Actor cues in tokens [from, to), left to right, longest match first, without overlaps (except that a
     * coordinated nationality list gives one match per country over the same words). Bare country cues are
     * returned with kind COUNTRY so callers can weigh the article's country; they are not actors by themselves.
     */
    public List<ActorMatch> find(List<Token> tokens, int from, int to) {
        if (from < 0 || to > tokens.size() || from > to) {
            throw new IllegalArgumentException("token range [" + from + ", " + to + ") outside 0.." + tokens.size());
        }
        List<Word> w = Words.of(tokens, from, to);
        List<ActorMatch> out = new ArrayList<>();
        int n = w.size();
        int i = 0;
        int free = 0; // first word not consumed by an earlier match
        boolean modifierPending = false;
        while (i < n) {
            Hit h = lexicon.longest(w, i);
            if (h == null) {
                String word = w.get(i).norm();
                modifierPending = word.equals("pro") || word.equals("anti") || word.equals("non");
                i++;
                continue;
            }
            if (w.get(i).norm().equals("the") && i + 1 < n) {
                // "the military police": an alias with an article must not cut a longer one short
                Hit next = lexicon.longest(w, i + 1);
                if (next != null && i + 1 + next.length() > i + h.length()) {
                    i++;
                    continue;
                }
            }
            boolean modifier = modifierPending;
            modifierPending = false;
            int end = i + h.length();
            List<Sense> countriesHere = senses(h, Sense.Type.COUNTRY);
            List<Sense> named = senses(h, Sense.Type.NAMED);
            List<Sense> generic = senses(h, Sense.Type.GENERIC);
            if (modifier && named.isEmpty()) {
                // "anti-government protesters", "pro-Russian": the cue qualifies the next actor
                i = end;
                free = i;
                continue;
            }
            if (!countriesHere.isEmpty() && named.isEmpty() && generic.isEmpty()) {
                i = country(w, i, h, out);
            } else if (!named.isEmpty() && generic.isEmpty()) {
                i = named(w, i, h, named, out);
            } else {
                i = generic(w, i, h, named, generic, out, free);
            }
            free = i;
        }
        return out;
    }

    /**
     * "a US MQ-9 Reaper drone", "Russian Su-24 jets": past a type's name (one to four capitalised words, a number among
     * them) that stands between a nationality and a state's craft; {@code k} itself when none does.
     */
    private int pastModelName(List<Word> w, int k) {
        boolean digit = false;
        for (int e = k; e < Math.min(w.size(), k + 4); e++) {
            String surface = w.get(e).surface();
            if (surface.isEmpty() || !Character.isUpperCase(surface.charAt(0)) && !Character.isDigit(surface.charAt(0))) return k;
            digit |= surface.chars().anyMatch(Character::isDigit);
            Hit craft = e + 1 < w.size() ? lexicon.longest(w, e + 1) : null;
            if (digit && craft != null && senses(craft, Sense.Type.GENERIC).stream()
                    .anyMatch(x -> x.kind() == CueKind.STATE_AIR || x.kind() == CueKind.STATE_NAVY)) return e + 1;
        }
        return k;
    }

    private int country(List<Word> w, int i, Hit h, List<ActorMatch> out) {
        int n = w.size();
        List<String> isos = new ArrayList<>();
        isos.add(senses(h, Sense.Type.COUNTRY).getFirst().home());
        int j = i + h.length();
        // "Syrian and Russian warplanes", "Syrian, Iranian and Russian forces"
        while (j + 1 < n && isCoordinator(w.get(j).norm())) {
            Hit c = lexicon.longest(w, j + 1);
            if (c == null || !isPureCountry(c)) break;
            isos.add(senses(c, Sense.Type.COUNTRY).getFirst().home());
            j = j + 1 + c.length();
        }
        int k = j;
        if (k < n && w.get(k).norm().equals("'s")) k++;
        k = pastModelName(w, k);
        Hit cue = k < n ? lexicon.longest(w, k) : null;
        boolean cueStartsHere = cue != null && !senses(cue, Sense.Type.GENERIC).isEmpty();  // "Nigerian Armed Forces"
        if (k < n && PATRON_WORDS.contains(w.get(k).norm()) && !cueStartsHere) {
            // patron, not actor: "Turkish-backed rebels" are rebels (the rest of the phrase is matched on its own)
            return k + 1;
        }
        Hit g = k < n ? lexicon.longest(w, k) : null;
        if (g != null && !senses(g, Sense.Type.GENERIC).isEmpty()) {
            List<Sense> all = ordered(senses(g, Sense.Type.NAMED), senses(g, Sense.Type.GENERIC));
            int end = k + g.length();
            for (String iso : new LinkedHashSet<>(isos)) {
                out.add(match(w, i, end, g, all, iso));
            }
            return end;
        }
        if (g != null && !senses(g, Sense.Type.NAMED).isEmpty() && senses(g, Sense.Type.COUNTRY).isEmpty()) {
            // "Nigerian Boko Haram": the name decides
            for (String iso : new LinkedHashSet<>(isos)) out.add(countryMatch(w, i, i + h.length(), iso));
            return named(w, k, g, senses(g, Sense.Type.NAMED), out);
        }
        for (String iso : new LinkedHashSet<>(isos)) out.add(countryMatch(w, i, i + h.length(), iso));
        return i + h.length();
    }

    private int named(List<Word> w, int i, Hit h, List<Sense> named, List<ActorMatch> out) {
        int end = namedEnd(w, i + h.length());
        // "ISWAP or Boko Haram militants", "JNIM and/or ISGS": ACLED's "A and/or B"
        int k = end;
        int n = w.size();
        if (k + 1 < n && w.get(k).norm().equals("and") && w.get(k + 1).norm().equals("or")) k++;
        if (k + 1 < n && w.get(k).norm().equals("or")) {
            while (k + 2 < n && w.get(k + 1).norm().equals("or")) k++;
            Hit h2 = lexicon.longest(w, k + 1);
            if (h2 != null && !senses(h2, Sense.Type.NAMED).isEmpty() && senses(h2, Sense.Type.GENERIC).isEmpty()
                    && senses(h2, Sense.Type.COUNTRY).isEmpty()) {
                int end2 = namedEnd(w, k + 1 + h2.length());
                ActorMatch alt = match(w, k + 1, end2, h2, senses(h2, Sense.Type.NAMED), null);
                ActorMatch first = match(w, i, end2, h, named, null);
                out.add(new ActorMatch(first.firstToken(), first.endToken(), first.span(), first.alias(), first.kind(),
                        null, first.senses(), List.of(alt)));
                return end2;
            }
        }
        out.add(match(w, i, end, h, named, null));
        return end;
    }

    /** End of a name plus the group word it absorbs ("Taliban fighters", "ISIS-linked militants"). */
    private int namedEnd(List<Word> w, int end) {
        int n = w.size();
        int k = end;
        if (k < n && NAME_LINKERS.contains(w.get(k).norm())) k++;
        if (k < n && k > 0 && w.get(k - 1).norm().equals("loyal") && w.get(k).norm().equals("to")) k++;
        Hit g = k < n ? lexicon.longest(w, k) : null;
        if (g != null && absorbable(g)) return k + g.length();
        return end;
    }

    private int generic(List<Word> w, int i, Hit h, List<Sense> named, List<Sense> generic, List<ActorMatch> out,
                        int free) {
        int n = w.size();
        int end = i + h.length();
        if (named.isEmpty() && communalName(w, i, end, generic, out, free)) return end;
        if (named.isEmpty() && generic.stream().anyMatch(x -> MILITIA_KINDS.contains(x.kind()))) {
            int e = groupOrigin(w, i, end, out);
            if (e > end) return e;
        }
        // "military forces of Armenia", "forces loyal to the Syrian government", "militants of the Islamic State"
        int k = connectorEnd(w, end);
        if (k > end && k < n) {
            if (k < n && w.get(k).norm().equals("the")) k++;
            Hit c = k < n ? lexicon.longest(w, k) : null;
            if (c != null && isPureCountry(c) && generic.stream().anyMatch(s -> s.kind() != CueKind.CIVILIANS
                    && s.kind() != CueKind.PROTESTERS && s.kind() != CueKind.PROTEST_EVENT)) {
                String iso = senses(c, Sense.Type.COUNTRY).getFirst().home();
                int e = k + c.length();
                if (e < n && w.get(e).norm().equals("'s")) e++;
                if (e < n && STATE_TAIL.contains(w.get(e).norm())) e++;
                out.add(match(w, i, e, h, ordered(named, generic), iso));
                return e;
            }
            if (c != null && !senses(c, Sense.Type.NAMED).isEmpty() && senses(c, Sense.Type.GENERIC).isEmpty()
                    && generic.stream().anyMatch(s -> ABSORBED.contains(s.kind()))) {
                int e = k + c.length();
                out.add(match(w, i, e, c, senses(c, Sense.Type.NAMED), null));
                return e;
            }
        }
        List<Sense> usable = new ArrayList<>(generic.size());
        for (Sense s : generic) if (!s.needsCountry()) usable.add(s);
        if (usable.isEmpty() && named.isEmpty()) {
            // "forces" alone is too vague ("market forces"); "its forces" may take the owner's nationality
            // (ActorAnnotator.withOwnersNationality), which drops it again when no owner is found
            if (i > 0 && (w.get(i - 1).norm().equals("its") || w.get(i - 1).norm().equals("their")) || attributedLater(w, end)) {
                out.add(match(w, i, end, h, generic, null));
                return end;
            }
            return i + 1;
        }
        out.add(match(w, i, end, h, ordered(named, usable), null));
        return end;
    }

    /**
     * "Fellata ethnic militia", "Tiv and Jukun communal militias", "Habar Gedir clan militia": ACLED names such
     * militias after the group, "{Group} Ethnic Militia ({country})". The group words are the capitalised words
     * right before the cue that no earlier match took.
     */
    private boolean communalName(List<Word> w, int i, int end, List<Sense> generic, List<ActorMatch> out, int free) {
        CueKind kind = generic.getFirst().kind();
        if (kind != CueKind.COMMUNAL_MILITIA && kind != CueKind.CLAN_MILITIA) return false;
        String first = w.get(i).norm();
        String suffix = switch (first) {
            case "ethnic" -> "Ethnic Militia";
            case "communal" -> "Communal Militia";
            case "clan" -> "Clan Militia";
            case "tribal" -> "Tribal Militia";
            default -> null;
        };
        if (suffix == null) return false;
        List<int[]> groups = new ArrayList<>(); // word ranges of group names, right to left
        int k = i;
        while (true) {
            int e = k;
            int s = k;
            while (s - 1 >= free && s - 1 > 0 && isGroupWord(w.get(s - 1)) && e - s < 3) s--;
            if (s == e) break;
            groups.add(new int[] {s, e});
            if (s - 2 >= free && s - 2 > 0 && w.get(s - 1).norm().equals("and")) k = s - 1;
            else break;
        }
        if (groups.isEmpty()) return false;
        for (int g = groups.size() - 1; g >= 0; g--) {
            int[] r = groups.get(g);
            StringBuilder name = new StringBuilder();
            for (int x = r[0]; x < r[1]; x++) {
                if (x > r[0]) name.append(' ');
                name.append(w.get(x).surface());
            }
            name.append(' ').append(suffix).append("{name?}");
            Sense sense = new Sense(Sense.Type.NAMED, kind, name.toString(), 4, null, Set.of(), false);
            int from = r[0];
            Word a = w.get(from);
            Word b = w.get(end - 1);
            out.add(new ActorMatch(a.token(), b.token() + 1, new Span(a.start(), Math.max(a.start(), b.end())),
                    aliasOf(w, from, end), CueKind.NAMED_GROUP, null, List.of(sense)));
        }
        return true;
    }

    private static final Set<CueKind> MILITIA_KINDS = Set.of(CueKind.UNIDENTIFIED_ARMED, CueKind.COMMUNAL_MILITIA,
            CueKind.CLAN_MILITIA, CueKind.MILITANTS);

    /**
     * "militiamen from the Leelkayse clan", "militias from the {A} and {B} clans", "militias from
     * the {Sub-clan} sub-clan of {Clan}", "youths from the Bobo community": ACLED names such militias after the group,
     * "{Group} Clan Militia", "{Clan}-{Sub-clan} Sub-Clan Militia", "{Group} Communal Militia", "{Group} Ethnic
     * Militia". Returns the index after the phrase, or {@code end} when the words after the cue are not such an origin.
     */
    private int groupOrigin(List<Word> w, int i, int end, List<ActorMatch> out) {
        int n = w.size();
        int k = end;
        if (k >= n || !w.get(k).norm().equals("from")) return end;
        k++;
        if (k < n && w.get(k).norm().equals("the")) k++;
        List<int[]> groups = new ArrayList<>();
        while (k < n) {
            int s = k;
            while (k < n && k - s < 3 && isGroupWord(w.get(k)) && !isKinWord(w.get(k).norm())) k++;
            if (k == s) break;
            groups.add(new int[] {s, k});
            if (k + 1 < n && w.get(k).norm().equals("and") && isGroupWord(w.get(k + 1))) { k++; continue; }
            break;
        }
        if (groups.isEmpty() || k >= n) return end;
        String kin = w.get(k).norm();
        String suffix;
        int after = k + 1;
        if (kin.equals("sub") && k + 1 < n && w.get(k + 1).norm().startsWith("clan")) {
            // "the Ayr sub-clan of (the) Habar Gedir (clan)"
            after = k + 2;
            int of = after;
            if (of < n && w.get(of).norm().equals("of")) {
                int p = of + 1;
                if (p < n && w.get(p).norm().equals("the")) p++;
                int q = p;
                while (q < n && q - p < 3 && isGroupWord(w.get(q)) && !isKinWord(w.get(q).norm())) q++;
                if (q > p && groups.size() == 1) {
                    String parent = surface(w, p, q);
                    if (q < n && w.get(q).norm().startsWith("clan")) q++;
                    emitGroup(w, i, q, parent + "-" + surface(w, groups.get(0)[0], groups.get(0)[1]) + " Sub-Clan Militia{name?}", out);
                    return q;
                }
            }
            suffix = "Sub-Clan Militia";
        } else if (kin.startsWith("clan")) {
            suffix = "Clan Militia";
        } else if (kin.startsWith("communit") || kin.equals("village") || kin.equals("villages")) {
            suffix = "Communal Militia";
        } else if (kin.startsWith("tribe") || kin.equals("ethnic")) {
            suffix = "Ethnic Militia";
        } else {
            return end;
        }
        // the first group named is the one acting; ACLED codes the other side as actor2
        int[] g = groups.get(0);
        emitGroup(w, i, after, surface(w, g[0], g[1]) + " " + suffix + "{name?}", out);
        return after;
    }

    private static boolean isKinWord(String norm) {
        return norm.startsWith("clan") || norm.equals("sub") || norm.startsWith("communit") || norm.startsWith("tribe");
    }

    private static String surface(List<Word> w, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int x = from; x < to; x++) {
            if (x > from) b.append(' ');
            b.append(w.get(x).surface());
        }
        return b.toString();
    }

    private static void emitGroup(List<Word> w, int from, int to, String name, List<ActorMatch> out) {
        Sense sense = new Sense(Sense.Type.NAMED, CueKind.COMMUNAL_MILITIA, name, 4, null, Set.of(), false);
        Word a = w.get(from);
        Word b = w.get(to - 1);
        out.add(new ActorMatch(a.token(), b.token() + 1, new Span(a.start(), Math.max(a.start(), b.end())),
                aliasOf(w, from, to), CueKind.NAMED_GROUP, null, List.of(sense)));
    }

    private static boolean isGroupWord(Word x) {
        String s = x.surface();
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return false;
        for (int k = 0; k < s.length(); k++) if (!Character.isLetter(s.charAt(k))) return false;
        return true;
    }

    /** "jets flying at high altitude believed to be Russian": a nationality attributed within the next words. */
    private static boolean attributedLater(List<Word> w, int end) {
        for (int k = end; k < Math.min(w.size() - 2, end + 8); k++) {
            String n = w.get(k).norm();
            if (n.equals(Words.BREAK)) return false;
            if ((n.equals("believed") || n.equals("thought") || n.equals("suspected") || n.equals("presumed"))
                    && w.get(k + 1).norm().equals("to") && w.get(k + 2).norm().equals("be")) return true;
        }
        return false;
    }

    private static int connectorEnd(List<Word> w, int at) {
        int n = w.size();
        if (at >= n) return at;
        String a = w.get(at).norm();
        if (a.equals("of") || a.equals("from")) return at + 1;
        if (at + 1 < n) {
            String b = w.get(at + 1).norm();
            if ((a.equals("loyal") || a.equals("linked") || a.equals("belonging") || a.equals("allied")) && b.equals("to")) {
                return at + 2;
            }
            if ((a.equals("affiliated") || a.equals("aligned") || a.equals("allied")) && b.equals("with")) return at + 2;
        }
        return at;
    }

    private boolean absorbable(Hit g) {
        if (!senses(g, Sense.Type.NAMED).isEmpty() || !senses(g, Sense.Type.COUNTRY).isEmpty()) return false;
        for (Sense s : senses(g, Sense.Type.GENERIC)) if (!ABSORBED.contains(s.kind())) return false;
        return true;
    }

    private boolean isPureCountry(Hit h) {
        return !senses(h, Sense.Type.COUNTRY).isEmpty() && senses(h, Sense.Type.NAMED).isEmpty()
                && senses(h, Sense.Type.GENERIC).isEmpty();
    }

    private static boolean isCoordinator(String w) {
        return w.equals("and") || w.equals("or") || w.equals(Words.BREAK);
    }

    private static List<Sense> senses(Hit h, Sense.Type type) {
        List<Sense> out = new ArrayList<>(2);
        for (Lexicon.Entry e : h.entries()) if (e.sense().type() == type) out.add(e.sense());
        return out;
    }

    private static List<Sense> ordered(List<Sense> named, List<Sense> generic) {
        List<Sense> out = new ArrayList<>(named.size() + generic.size());
        out.addAll(named);
        out.addAll(generic);
        return out;
    }

    private static ActorMatch match(List<Word> w, int from, int to, Hit h, List<Sense> senses, String iso) {
        Word a = w.get(from);
        Word b = w.get(to - 1);
        CueKind kind = senses.stream().filter(Sense::isGeneric).map(Sense::kind).findFirst()
                .orElse(senses.getFirst().kind());
        String alias = aliasOf(w, from, to);
        return new ActorMatch(a.token(), b.token() + 1, new Span(a.start(), Math.max(a.start(), b.end())),
                alias, kind, iso, senses);
    }

    private static ActorMatch countryMatch(List<Word> w, int from, int to, String iso) {
        Word a = w.get(from);
        Word b = w.get(to - 1);
        return new ActorMatch(a.token(), b.token() + 1, new Span(a.start(), Math.max(a.start(), b.end())),
                aliasOf(w, from, to), CueKind.COUNTRY, iso, List.of(Sense.country(iso)));
    }

    private static String aliasOf(List<Word> w, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) sb.append(' ');
            sb.append(w.get(k).norm());
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------ naming

    /**
     * The canonical actor for a match in an article about {@code iso2} (null when unknown). The nationality the
     * text gives wins over the article's country; among named meanings, one scoped to or at home in the country
     * wins, then a generic meaning, then any named one. State forces acting outside their own country get inter 8
     * (ACLED's external forces).
     */
    public Actor localize(ActorMatch m, String iso2) {
        Actor a = localizeOne(m, iso2);
        if (m.alternatives().isEmpty()) return a;
        StringBuilder name = new StringBuilder(a.name());
        for (ActorMatch alt : m.alternatives()) name.append(" and/or ").append(localizeOne(alt, iso2).name());
        return new Actor(name.toString(), a.inter(), a.iso2());
    }

    private Actor localizeOne(ActorMatch m, String iso2) {
        String c = m.explicitIso2() != null ? m.explicitIso2() : iso2;
        Sense best = choose(m.senses(), c);
        Actor a = best.isNamed() ? named(best, c) : genericActor(best.kind(), c);
        if (a.inter() == 1 && a.iso2() != null && iso2 != null && !a.iso2().equals(iso2)) {
            return new Actor(a.name(), 8, a.iso2());
        }
        return a;
    }

    /** The canonical actor for a kind in a country: {@code generic(CIVILIANS, "SY")} is "Civilians (Syria)". */
    public Actor generic(CueKind kind, String iso2) {
        return genericActor(kind, iso2);
    }

    /** The cue kind behind a mention made by {@link ActorAnnotator}, from its rule. */
    public Optional<CueKind> kindOf(String rule) {
        if (rule == null) return Optional.empty();
        if (rule.startsWith("generic:") || rule.startsWith("national:")) {
            try {
                return Optional.of(CueKind.valueOf(rule.substring(rule.indexOf(':') + 1)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (rule.startsWith("lexicon:")) {
            List<Word> words = Words.ofAlias(rule.substring("lexicon:".length()));
            // the alias may carry an absorbed group word ("al shabab fighters"): the name is its longest prefix
            Hit h = words.isEmpty() ? null : lexicon.longest(words, 0);
            if (h != null) {
                for (Lexicon.Entry e : h.entries()) if (e.sense().isNamed()) return Optional.of(e.sense().kind());
            }
        }
        return Optional.empty();
    }

    private static Sense choose(List<Sense> senses, String c) {
        Sense generic = null;
        Sense home = null;
        Sense scoped = null;
        Sense anyNamed = null;
        Sense scopedUnknown = null;
        for (Sense s : senses) {
            if (!s.isNamed()) {
                if (generic == null) generic = s;
                continue;
            }
            if (c != null && s.scope().contains(c)) { if (scoped == null) scoped = s; continue; }
            if (!s.scope().isEmpty()) {
                // scoped elsewhere, or no country known: only a last resort
                if (c == null && scopedUnknown == null) scopedUnknown = s;
                continue;
            }
            if (c != null && c.equals(s.home())) { if (home == null) home = s; continue; }
            if (anyNamed == null) anyNamed = s;
        }
        if (scoped != null) return scoped;
        if (home != null) return home;
        if (generic != null) return generic;
        if (anyNamed != null) return anyNamed;
        if (scopedUnknown != null) return scopedUnknown;
        return senses.getFirst();
    }

    private Actor named(Sense s, String c) {
        Country country = c == null ? null : countries.get(c);
        String name = s.name().replace("{name?}", country == null ? "" : " (" + country.name() + ")");
        String iso = s.home() != null ? s.home() : c;
        return new Actor(name, s.inter(), iso);
    }

    private Actor genericActor(CueKind kind, String c) {
        Map<String, Template> byCountry = templates.get(kind);
        if (byCountry == null) throw new IllegalStateException("generic.tsv has no row for cue kind " + kind);
        Country country = c == null ? null : countries.get(c);
        Template t = null;
        if (country != null) t = byCountry.get(country.iso2());
        if (t == null && country == null) t = byCountry.get("-");
        if (t == null) t = byCountry.get("*");
        if (t == null) throw new IllegalStateException("generic.tsv has no default row for cue kind " + kind);
        String name = t.pattern();
        if (country == null && (name.contains("{of}") || name.contains("{name}"))) {
            name = name.replace("{of}", "Unknown").replace("{name}", "Unknown");
        }
        if (country != null) {
            name = name.replace("{of}", country.ofForm()).replace("{name}", country.name())
                    .replace("{name?}", " (" + country.name() + ")");
        } else {
            name = name.replace("{name?}", "");
        }
        return new Actor(name, t.inter(), country == null ? null : country.iso2());
    }

    // ------------------------------------------------------------------------------------------------ loading

    private static ActorCatalog load() {
        Lexicon lex = new Lexicon();
        Map<String, Country> countries = new LinkedHashMap<>();
        for (String[] f : rows("countries.tsv", 5)) {
            String iso2 = f[0].trim();
            String name = f[2].trim();
            String of = f[3].isBlank() ? name : f[3].trim();
            List<String> cues = f[4].isBlank() ? List.of() : Arrays.asList(f[4].split("\\|"));
            Country c = new Country(iso2, f[1].trim(), name, of, cues);
            if (countries.put(iso2, c) != null) throw new IllegalStateException("countries.tsv: duplicate " + iso2);
            Sense s = Sense.country(iso2);
            lex.add(name, s, CaseRule.CAPITAL);
            if (!of.equals(name)) lex.add(of, s, CaseRule.CAPITAL);
            for (String cue : cues) if (!cue.isBlank()) lex.add(cue.trim(), s, CaseRule.CAPITAL);
        }
        Map<CueKind, Map<String, Template>> templates = new EnumMap<>(CueKind.class);
        for (String[] f : rows("generic.tsv", 4)) {
            CueKind kind = kind(f[0], "generic.tsv");
            templates.computeIfAbsent(kind, k -> new HashMap<>())
                    .put(f[1].trim(), new Template(inter(f[2], "generic.tsv"), f[3].trim()));
        }
        for (String[] f : rows("cues.tsv", 3)) {
            CueKind kind = kind(f[0], "cues.tsv");
            if (!templates.containsKey(kind)) {
                throw new IllegalStateException("cues.tsv: kind " + kind + " has no canonical name in generic.tsv");
            }
            Set<String> flags = Set.of(f[1].trim().split(","));
            Sense s = Sense.generic(kind, flags.contains("country"));
            CaseRule rule = flags.contains("lower") ? CaseRule.LOWER : CaseRule.ANY;
            for (String a : f[2].split("\\|")) if (!a.isBlank()) lex.add(a.trim(), s, rule);
        }
        for (String[] f : rows("groups.tsv", 6)) {
            CueKind kind = kind(f[3], "groups.tsv");
            String home = f[2].isBlank() ? null : f[2].trim();
            Set<String> scope = new LinkedHashSet<>();
            for (String x : f[4].split(",")) if (!x.isBlank()) scope.add(x.trim());
            for (String x : scope) {
                if (!countries.containsKey(x)) throw new IllegalStateException("groups.tsv: unknown country " + x + " in scope of " + f[0]);
            }
            Sense s = new Sense(Sense.Type.NAMED, kind, f[0].trim(), inter(f[1], "groups.tsv"), home, scope, false);
            for (String a : f[5].split("\\|")) if (!a.isBlank()) lex.add(a.trim(), s, CaseRule.CAPITAL);
        }
        return new ActorCatalog(lex, Map.copyOf(countries), templates);
    }

    private static CueKind kind(String s, String file) {
        try {
            return CueKind.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": unknown cue kind '" + s + "' (see CueKind)", e);
        }
    }

    private static int inter(String s, String file) {
        try {
            int v = Integer.parseInt(s.trim());
            if (v < 1 || v > 8) throw new IllegalStateException(file + ": inter code " + v + " outside 1..8");
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + ": inter code '" + s + "' is not a number", e);
        }
    }

    /** Data rows of a bundled TSV: comments (#) and the header line skipped, each row checked for its width. */
    static List<String[]> rows(String file, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = ActorCatalog.class.getResourceAsStream(BASE + file)) {
            if (in == null) throw new IllegalStateException("actor resource " + BASE + file + " is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(file + ":" + no + ": expected " + columns + " tab-separated columns, found " + f.length);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor resource " + file, e);
        }
        return out;
    }
}
