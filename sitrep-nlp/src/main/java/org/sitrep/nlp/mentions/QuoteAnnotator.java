package org.sitrep.nlp.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.nlp.mentions.SourceAliases.Country;
import org.sitrep.nlp.mentions.Speakers.Canon;
import org.sitrep.nlp.mentions.Speakers.Kind;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Document;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.StageContext;

/**
 * Direct quotes and reported speech with their speakers.
 * <p>Direct quotes: text between straight or curly double quotes, or single quotes around two or more words.
 * Dropped, as coding rules Q1-Q2 say: single words ("terrorists"), labels (a quote right after "the", "so-called",
 * "dubbed" ...: the "duty free zone"), single-quoted headings, and fragments with no speaker in their sentence.
 * <p>Reported speech: "X said (that) ...", "..., X said", "..., said X", "according to X", "X told AFP",
 * "X reported/claimed/announced/denied/added/stated ...", "..., adding that ...". Its content is the clause.
 * <p>Speakers: the noun phrase next to the speech verb, canonicalised by {@link SourceAliases}. Pronouns and
 * generic references are resolved by simple, documented rules:
 * <ul>
 *   <li>he/she: go back sentence by sentence (at most six) to the first sentence naming a person; take the person
 *       who speaks there, else the first person named there. People are known from titles ("President Vladimir
 *       Putin") and from speaker phrases, and later mentions by last name ("Putin") count.</li>
 *   <li>it/they, "a statement", "the report": the nearest preceding non-person speaker.</li>
 *   <li>"the ministry", "the observatory": the nearest preceding speaker whose name contains that word, else the
 *       alias table; an unqualified ministry takes the country of the nearest preceding speaker that has one.</li>
 *   <li>a direct quote with no attribution inherits the speaker of the previous quote when it is in the same
 *       paragraph or opens the next one (continuation paragraphs); otherwise its speaker is "unattributed" and
 *       {@link Quote#speakerSpan()} is null, as it is for inherited speakers.</li>
 * </ul>
 * Pure and thread-safe: per-document state lives in a helper created for each call.
 */
public final class QuoteAnnotator implements Annotator {

    static final Set<String> SPEECH_VERBS = Chunks.set("said", "says", "say", "told", "tells", "added", "adds",
            "reported", "claimed", "announced", "announces", "denied", "denies", "deny", "stated", "confirmed",
            "confirms", "acknowledged", "acknowledges", "insisted", "insists", "warned", "warns", "accused",
            "accuses", "asserted", "argued", "argues", "explained", "noted", "notes", "wrote", "writes", "tweeted",
            "posted", "declared", "quoted", "called", "urged", "urges", "demanded", "demands", "rejected",
            "rejects", "dismissed", "maintained", "estimated", "suggested", "conceded", "admitted", "boasted",
            "vowed", "pledged", "replied", "responded", "continued", "asked", "stressed", "emphasised",
            "emphasized", "indicated", "revealed", "disclosed", "countered", "complained", "charged", "cautioned",
            "predicted", "observed", "recalled", "announce", "confirm", "claim", "report", "believe", "believes");

    /** Verbs that can stand before their subject: "..., said interior ministry spokesman Saad Maan." */
    static final Set<String> INVERTIBLE = Chunks.set("said", "says", "added", "adds", "wrote", "continued", "explained",
            "asked", "noted", "stated", "replied", "insisted", "warned", "declared", "reported");

    private static final Set<String> SKIP_BEFORE_VERB = Chunks.set("also", "however", "later", "then", "separately",
            "earlier", "previously", "further", "meanwhile", "again", "has", "had", "have", "reportedly", "had",
            "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "late", "early", "last",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "initially", "once",
            "publicly", "officially", "repeatedly", "subsequently", "previously", "themselves", "itself",
            "himself", "herself", "too", "both", "all", "on", "this", "week", "would", "will", "could", "may",
            "might", "did", "does", "do", "not", "never", "quickly", "immediately", "swiftly", "strongly",
            "flatly", "firmly", "vehemently", "angrily", "only", "jointly", "first");

    private static final Set<String> NP_STOP = Chunks.set("and", "but", "that", "which", "who", "whom", "whose", "as",
            "when", "while", "if", "after", "before", "because", "to", "with", "by", "from", "on", "at", "was",
            "were", "is", "are", "has", "had", "have", "been", "be", "will", "would", "could", "should", "may",
            "might", "not", "n't", "also", "however", "said", "says", "told", "where", "than", "so", "or", "nor",
            "yet", "since", "until", "into", "onto", "over", "under", "about", "against", "between", "through",
            "during", "without", "within", "upon", "despite", "although", "though", "whether", "there", "here",
            "this", "these", "those", "what", "how", "why", "do", "does", "did", "can", "cannot", "must", "shall",
            "being", "having", "according", "meanwhile", "then", "even", "just", "still", "already", "now", "ago",
            "only", "such", "other", "others", "another", "more", "most", "very", "all", "any", "some", "both",
            "earlier", "later", "additionally", "separately", "previously", "itself", "themselves", "himself",
            "herself", "via", "called", "so-called", "dubbed", "known", "named", "calls", "call", "like", "among",
            "including", "alongside", "toward", "towards", "across", "near", "off", "out", "up", "down");

    private static final Set<String> ROLE_TO = Chunks.set("envoy", "ambassador", "delegate", "representative",
            "adviser", "advisor", "emissary", "coordinator", "mediator");

    private static final Set<String> WEEKDAYS = Chunks.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> INSTITUTION_HEADS = Chunks.set("ministry", "observatory", "monitor", "agency",
            "command", "army", "military");

    static final Set<String> PRONOUNS = Chunks.set("he", "she", "it", "they", "we", "i", "you");

    /** Lower-case heads that make a phrase a plausible speaker ("a military source", "activists", "the ministry"). */
    private static final Set<String> SPEAKER_HEADS = Chunks.set("source", "sources", "official", "officials",
            "activist", "activists", "resident", "residents", "witness", "witnesses", "spokesman", "spokeswoman",
            "spokesperson", "ministry", "army", "military", "command", "statement", "report", "monitor",
            "observatory", "agency", "television", "tv", "media", "government", "coalition", "group", "rebels",
            "commander", "commanders", "officer", "officers", "medic", "medics", "doctor", "doctors", "opposition",
            "police", "authorities", "ministers", "minister", "envoy", "committee", "council", "network", "channel",
            "daily", "newspaper", "outlet", "forces", "militants", "fighters", "people", "leaders", "leader",
            "diplomats", "diplomat", "analysts", "analyst", "defector", "defectors", "member", "members", "chief",
            "head", "president", "secretary", "general", "communique", "announcement", "broadcaster", "website",
            "campaigners", "monitors", "rescuers", "workers", "volunteers", "journalists", "journalist",
            "correspondent", "reporter", "survivors", "survivor", "villagers", "locals", "staff", "spokesmen",
            "administration", "kremlin", "pentagon", "presidency", "palace", "office", "department", "alliance",
            "militia", "militias", "faction", "factions", "insurgents", "jihadists", "organisation", "organization",
            "authority", "tweet", "video", "footage", "paper", "force", "service", "services", "cabinet",
            "governor", "mayor", "ambassador", "counterpart", "embassy", "press", "radio", "he", "she", "it",
            "they", "we");

    /** Generic speakers that point back to the nearest earlier organisation speaker. */
    private static final Set<String> BACK_REFERENCES = Chunks.set("statement", "report", "communique", "announcement",
            "it", "they", "broadcast", "bulletin");

    /** "according to remarks broadcast on television": these after "according to" are not speakers. */
    private static final Set<String> NOT_SPEAKERS = Chunks.set("remarks", "comments", "reports", "report", "footage",
            "images", "figures", "data", "estimates", "statements", "documents", "records", "reporting", "media",
            "tallies", "toll", "counts", "photos", "video", "videos", "witness");

    /** Directly before an opening quote mark these make the quote a name or label, not speech (rule Q2). */
    private static final Set<String> LABEL_CUES = Chunks.set("the", "a", "an", "so-called", "called", "dubbed",
            "named", "termed", "labelled", "labeled", "as", "its", "their", "his", "her", "our", "this", "alleged");

    private static final Set<String> DENIAL = Chunks.set("denied", "deny", "denies", "denying", "refuted", "refutes",
            "refute", "unfounded", "baseless", "untrue", "fabricated");
    private static final Set<String> REJECT_VERBS = Chunks.set("rejected", "rejects", "dismissed", "dismisses",
            "rejecting", "dismissing");
    private static final Set<String> REJECT_OBJECTS = Chunks.set("reports", "report", "accusations", "claims",
            "allegations", "rumours", "rumors", "charges", "criticism", "accusation", "claim", "allegation");

    private final SourceAliases aliases;

    public QuoteAnnotator() { this(SourceAliases.bundled()); }

    public QuoteAnnotator(SourceAliases aliases) { this.aliases = aliases; }

    @Override public String name() { return "mentions.quotes"; }

    @Override public Set<Layer> requires() { return EnumSet.of(Layer.TOKENS, Layer.SENTENCES); }

    @Override public Set<Layer> provides() { return EnumSet.of(Layer.QUOTES); }

    @Override public Document apply(Document doc, StageContext ctx) {
        return doc.withQuotes(new DocQuotes(doc, aliases).run());
    }

    /**
     * The quote or reported-speech attribution that covers a span (an event's evidence sentence): the quote whose
     * content overlaps it most; empty when none does. Requires the QUOTES layer.
     */
    public static Optional<Quote> attributionFor(Document doc, Span span) {
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : doc.quotes()) {
            int o = Math.min(q.content().end(), span.end()) - Math.max(q.content().start(), span.start());
            if (o > bestOverlap || (o == bestOverlap && o > 0 && best != null && best.speakerSpan() == null
                    && q.speakerSpan() != null)) {
                best = q;
                bestOverlap = o;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when the sentence denies or rejects something: "denied", "we have no such data", "did not",
     * "rejected reports/accusations", "unfounded". A cue for {@link org.sitrep.model.Stance#DENIES}; the caller
     * decides what is denied.
     */
    public static boolean isDenial(Document doc, Sentence s) {
        List<Token> t = doc.tokensOf(s);
        for (int i = 0; i < t.size(); i++) {
            String n = t.get(i).norm();
            if (DENIAL.contains(n)) return true;
            if (n.equals("no") && i + 1 < t.size() && t.get(i + 1).norm().equals("such")) return true;
            if ((n.equals("did") || n.equals("does") || n.equals("do")) && i + 1 < t.size()
                    && (t.get(i + 1).norm().equals("not") || t.get(i + 1).norm().equals("n't"))) return true;
            if (n.equals("didn't") || n.equals("doesn't") || n.equals("don't")) return true;
            if (n.equals("not") && i + 1 < t.size() && t.get(i + 1).norm().equals("true")) return true;
            if (REJECT_VERBS.contains(n)) {
                for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
                    if (REJECT_OBJECTS.contains(t.get(k).norm())) return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A speech verb with its speaker phrase [npStart, npEnd) and content [cStart, cEnd) in characters. */
    private static final class Attr {
        final int sentence, verb, npStart, npEnd, cStart, cEnd;
        /** Canonical speaker without document context (computed once), then the resolved one. */
        Canon plain, canon;

        Attr(int sentence, int verb, int npStart, int npEnd, int cStart, int cEnd) {
            this.sentence = sentence; this.verb = verb; this.npStart = npStart; this.npEnd = npEnd;
            this.cStart = cStart; this.cEnd = cEnd;
        }

        int npStart() { return npStart; }
    }

    /** A direct quote between marks: content chars, the mark positions. */
    private record Raw(int open, int close, int cStart, int cEnd, boolean single, int lineStart, int lineEnd) {}

    private static final class DocQuotes {
        final Document doc;
        final String text;
        final List<Token> toks;
        final List<Sentence> sents;
        final SourceAliases al;
        final int[] sentenceOfToken;
        /** Tokens inside direct quotes: speech verbs there belong to the quoted speaker's own words. */
        final boolean[] insideQuote;
        /** Full person names by lower-cased last name, and mentions (token index -> full name). */
        final Map<String, String> personByLast = new HashMap<>();
        final Map<Integer, String> personAt = new HashMap<>();
        /** Resolved speakers so far, in text order. */
        final List<Resolved> resolved = new ArrayList<>();

        record Resolved(int token, Canon canon) {}

        DocQuotes(Document doc, SourceAliases al) {
            this.doc = doc;
            this.text = doc.text();
            this.toks = doc.tokens();
            this.sents = doc.sentences();
            this.al = al;
            this.sentenceOfToken = new int[toks.size()];
            this.insideQuote = new boolean[toks.size()];
            for (Sentence s : sents) for (int i = s.firstToken(); i < s.endToken(); i++) sentenceOfToken[i] = s.index();
        }

        String n(int i) { return i >= 0 && i < toks.size() ? toks.get(i).norm() : ""; }

        /** First token whose end is after char c. */
        int tokenAtChar(int c) {
            int lo = 0, hi = toks.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (toks.get(mid).end() <= c) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        List<Quote> run() {
            List<Raw> raws = findMarks();
            for (Raw r : raws) {
                for (int t = tokenAtChar(r.cStart); t < toks.size() && toks.get(t).start() < r.cEnd; t++) insideQuote[t] = true;
            }
            List<Attr> attrs = new ArrayList<>();
            for (Sentence s : sents) findAttributions(s, attrs);
            registerPeople(attrs);

            // resolve every attribution in text order (pronouns look back at earlier resolutions)
            attrs.sort(Comparator.comparingInt(Attr::npStart));
            for (Attr a : attrs) {
                a.canon = resolve(a);
                resolved.add(new Resolved(a.npStart, a.canon));
            }

            List<Quote> out = new ArrayList<>();
            Quote prevDirect = null;
            int prevDirectLineEnd = -1;
            for (Raw r : raws) {
                Attr a = attributionOf(r, attrs);
                String content = text.substring(r.cStart, r.cEnd);
                boolean embedded = isEmbedded(r);
                if (words(content) < 2) continue;                                          // Q2 single words
                if (r.single && r.cStart - 1 == firstNonSpace(r.lineStart) && r.cEnd + 1 >= lastNonSpace(r.lineEnd)) continue; // heading
                if (embedded && isLabel(r)) continue;                                       // Q2 labels
                Quote q;
                if (a != null) {
                    q = new Quote(new Span(r.cStart, r.cEnd), new Span(toks.get(a.npStart).start(), toks.get(a.npEnd - 1).end()),
                            a.canon.name(), true);
                } else if (prevDirect != null && !embedded && (r.lineStart <= prevDirectLineEnd + 2
                        || nothingButSpaceBetween(prevDirectLineEnd, r.lineStart))) {
                    q = new Quote(new Span(r.cStart, r.cEnd), null, prevDirect.speaker(), true);    // continuation
                } else if (prevDirect != null && embedded && r.lineStart <= prevDirect.content().end()
                        && prevDirect.content().start() >= r.lineStart) {
                    q = new Quote(new Span(r.cStart, r.cEnd), null, prevDirect.speaker(), true);    // same paragraph
                } else if (embedded) {
                    continue;                                                               // no speaker: Q2
                } else {
                    q = new Quote(new Span(r.cStart, r.cEnd), null, "unattributed", true);
                }
                out.add(q);
                prevDirect = q;
                prevDirectLineEnd = r.lineEnd;
            }
            // reported speech: every attribution whose clause is not just one of the direct quotes
            for (Attr a : attrs) {
                if (a.cEnd <= a.cStart) continue;
                Span c = new Span(a.cStart, a.cEnd);
                boolean dup = false;
                for (Quote q : out) {
                    if (q.direct() && q.content().start() - 2 <= c.start() && c.end() <= q.content().end() + 2) { dup = true; break; }
                }
                if (dup) continue;
                out.add(new Quote(c, new Span(toks.get(a.npStart).start(), toks.get(a.npEnd - 1).end()),
                        a.canon.name(), false));
            }
            out.sort(Comparator.comparing(Quote::content));
            return out;
        }

        boolean nothingButSpaceBetween(int from, int to) {
            if (from < 0 || to < from) return false;
            for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
            return true;
        }

        int firstNonSpace(int i) { while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++; return i; }

        int lastNonSpace(int end) { int i = end; while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--; return i; }

        static int words(String s) {
            int n = 0;
            boolean in = false;
            for (int i = 0; i < s.length(); i++) {
                boolean w = !Character.isWhitespace(s.charAt(i));
                if (w && !in) n++;
                in = w;
            }
            return n;
        }

        /** A quote that does not open its sentence (something other than space/punctuation precedes it). */
        boolean isEmbedded(Raw r) {
            int t = tokenAtChar(r.open);
            if (t >= toks.size()) return false;
            Sentence s = sents.get(sentenceOfToken[t]);
            for (int i = s.firstToken(); i < t; i++) {
                if (Character.isLetterOrDigit(toks.get(i).text().charAt(0))) return true;
            }
            return false;
        }

        boolean isLabel(Raw r) {
            int t = tokenAtChar(r.open);
            return t > 0 && LABEL_CUES.contains(n(t - 1));
        }

        // ---- quote marks ----------------------------------------------------------------------------------

        /** Quote spans, line by line; a straight double quote left open at the end of a line closes there. */
        List<Raw> findMarks() {
            List<Raw> out = new ArrayList<>();
            int ls = 0;
            while (ls < text.length()) {
                int le = text.indexOf('\n', ls);
                if (le < 0) le = text.length();
                marksInLine(ls, le, out);
                ls = le + 1;
            }
            return out;
        }

        void marksInLine(int ls, int le, List<Raw> out) {
            int open = -1;
            char openCh = 0;
            for (int i = ls; i < le; i++) {
                char c = text.charAt(i);
                if (open < 0) {
                    if (c == '"' || c == '\u201c') { open = i; openCh = c; }
                    else if ((c == '\'' || c == '\u2018') && singleOpens(i, ls)) {
                        int close = singleClose(i + 1, le, c);
                        if (close > 0) {
                            addRaw(out, i, close, true, ls, le);
                            i = close;
                        }
                    }
                } else if ((openCh == '"' && (c == '"' || c == '\u201d')) || (openCh == '\u201c' && (c == '\u201d' || c == '"'))) {
                    if (c == '"' && looksOpening(i, ls, le) && !looksClosing(i, ls)) {
                        open = i;                     // the earlier mark lost its partner: start again here
                        openCh = c;
                        continue;
                    }
                    addRaw(out, open, i, false, ls, le);
                    open = -1;
                }
            }
            if (open >= 0) addRaw(out, open, le, false, ls, le);
        }

        /** Space (or line start) before, a letter or digit after: an opening mark. */
        boolean looksOpening(int i, int ls, int le) {
            boolean before = i == ls || Character.isWhitespace(text.charAt(i - 1)) || "([".indexOf(text.charAt(i - 1)) >= 0;
            return before && i + 1 < le && Character.isLetterOrDigit(text.charAt(i + 1));
        }

        /** Punctuation or a letter before: a closing mark. */
        boolean looksClosing(int i, int ls) {
            return i > ls && !Character.isWhitespace(text.charAt(i - 1));
        }

        boolean singleOpens(int i, int ls) {
            boolean before = i == ls || Character.isWhitespace(text.charAt(i - 1)) || "([\u2014-".indexOf(text.charAt(i - 1)) >= 0;
            return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        }

        /** A closing single quote: after a non-space, not followed by a letter (so not "Assad's"). */
        int singleClose(int from, int le, char openCh) {
            for (int i = from; i < le; i++) {
                char c = text.charAt(i);
                if ((c == '\'' || c == '\u2019') && !Character.isWhitespace(text.charAt(i - 1))
                        && (i + 1 >= le || !Character.isLetter(text.charAt(i + 1)))) {
                    // a plural possessive ("rebels' positions") is followed by a space and a lower-case word
                    if (i + 2 < le && text.charAt(i + 1) == ' ' && Character.isLowerCase(text.charAt(i + 2))
                            && text.charAt(i - 1) == 's') continue;
                    return i;
                }
            }
            return -1;
        }

        void addRaw(List<Raw> out, int open, int close, boolean single, int ls, int le) {
            int cs = open + 1, ce = close;
            while (cs < ce && Character.isWhitespace(text.charAt(cs))) cs++;
            while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) ce--;
            if (ce > cs) out.add(new Raw(open, close, cs, ce, single, ls, le));
        }

        // ---- attributions ---------------------------------------------------------------------------------

        void findAttributions(Sentence s, List<Attr> out) {
            int first = s.firstToken(), end = s.endToken();
            for (int k = first; k < end; k++) {
                String w = n(k);
                if (w.equals("according") && n(k + 1).equals("to") && k + 2 < end) {
                    according(s, k, out);
                    continue;
                }
                if (!SPEECH_VERBS.contains(w) || insideQuote[k]) continue;
                if (w.equals("called") && !(n(k + 1).equals("on") || n(k + 1).equals("for"))) continue;
                if (w.equals("report") || w.equals("claim") || w.equals("confirm") || w.equals("announce")
                        || w.equals("believe") || w.equals("believes") || w.equals("say")) {
                    // base forms only after a plural subject; "we report" style is rare in news: require a pronoun/plural NP
                    if (!(k > first && (n(k - 1).endsWith("s") || PRONOUNS.contains(n(k - 1))))) continue;
                    if (w.startsWith("believe")) continue;  // opinion, not a claim source
                }
                if ((w.equals("reported") || w.equals("claimed") || w.equals("alleged") || w.equals("estimated"))
                        && k > first && (n(k - 1).equals("the") || n(k - 1).equals("a") || n(k - 1).equals("was")
                        || n(k - 1).equals("were") || n(k - 1).equals("is") || n(k - 1).equals("are")
                        || n(k - 1).equals("been") || n(k - 1).equals("reportedly"))) continue;   // adjective/passive
                int[] np = npBefore(k, first);
                boolean inverted = false;
                if (np == null && INVERTIBLE.contains(w) && k > first && isCommaOrClosingQuote(k - 1)) {
                    np = npAfter(k + 1, end);
                    inverted = np != null;
                }
                if (np == null) continue;
                if (!inverted && np[0] > first && n(np[0] - 1).equals("what")) continue;   // "what Russia says is ..."
                int[] content = contentOf(s, k, np, inverted);
                out.add(new Attr(s.index(), k, np[0], np[1], content[0], content[1]));
                if (!inverted) k = Math.max(k, np[1]);
            }
        }

        static final Set<String> ADJUNCT_START = Chunks.set("in", "on", "at", "adding", "saying", "citing", "as",
                "when", "while", "after", "before", "during", "late", "early", "monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday", "yesterday", "today", "according", ",", ".", "without",
                "without", "for", "in", "to", "but", "referring", "speaking", "compared", "though", "although");

        /** After "..., X said": is what follows the verb the reported content ("that ...") or only adjuncts? */
        boolean substantialAfter(int verb, int end) {
            for (int c = verb + 1; c < Math.min(end, verb + 7); c++) if (n(c).equals("that")) return true;
            int len = 0;
            for (int c = verb + 1; c < end; c++) if (Character.isLetterOrDigit(toks.get(c).text().charAt(0))) len++;
            return len >= 6 && !ADJUNCT_START.contains(n(verb + 1));
        }

        boolean isClosingQuote(int i) {
            String t = toks.get(i).text();
            return t.equals("\"") || t.equals("\u201d") || t.endsWith(",\"") || t.equals("'") || t.equals("\u2019")
                    || t.equals(",\u201d");
        }

        boolean isCommaOrClosingQuote(int i) {
            String t = toks.get(i).text();
            return t.equals(",") || t.equals("\"") || t.equals("\u201d") || t.endsWith(",\"") || t.equals("'")
                    || t.equals("\u2019") || t.equals(",\u201d");
        }

        void according(Sentence s, int k, List<Attr> out) {
            int first = s.firstToken(), end = s.endToken();
            int[] np = npAfter(k + 2, end);
            if (np == null) return;
            String head = n(np[1] - 1);
            if (NOT_SPEAKERS.contains(head) || NOT_SPEAKERS.contains(n(np[0]))) return;
            int cStart, cEnd;
            if (k == first) {                                       // "According to X, ..."
                int c = np[1];
                while (c < end && !n(c).equals(",")) c++;
                cStart = c + 1 < end ? toks.get(c + 1).start() : toks.get(np[1] - 1).end();
                cEnd = clauseEnd(s);
            } else {                                                // "..., according to X"
                cStart = toks.get(first).start();
                int e = k - 1;
                while (e > first && (n(e).equals(",") || n(e).equals("-"))) e--;
                cEnd = toks.get(e).end();
            }
            out.add(new Attr(s.index(), k, np[0], np[1], cStart, Math.max(cStart, cEnd)));
        }

        /** End char of a sentence without its final punctuation. */
        int clauseEnd(Sentence s) {
            int e = s.endToken() - 1;
            while (e > s.firstToken() && (n(e).equals(".") || n(e).equals("!") || n(e).equals("?"))) e--;
            return toks.get(e).end();
        }

        int[] contentOf(Sentence s, int verb, int[] np, boolean inverted) {
            int first = s.firstToken(), end = s.endToken();
            int before = inverted ? verb - 1 : np[0] - 1;
            // "..., X said" / "\"...,\" X said": content is what precedes
            boolean after;
            if (inverted) after = false;
            else if (before >= first && before > first + 1 && isClosingQuote(before)) after = false;
            else if (before >= first && before > first + 1 && n(before).equals(",")) after = substantialAfter(verb, end);
            else after = true;
            if (after) {
                int c = verb + 1;
                // "told AFP", "told reporters": the listener is not the content
                if (n(verb).equals("told") || n(verb).equals("tells")) {
                    int that = c;
                    while (that < Math.min(end, verb + 8) && !n(that).equals("that")) that++;
                    if (that < end && n(that).equals("that")) c = that;
                    else while (c < end && !n(c).equals(",") && c < verb + 5 && !Chunks.digitLed(toks.get(c))
                            && (toks.get(c).capitalized() || !NP_STOP.contains(n(c)))) c++;
                }
                while (c < end && (n(c).equals("that") || n(c).equals(":") || n(c).equals(","))) c++;
                if (c >= end - 1) return new int[] {0, 0};
                return new int[] {toks.get(c).start(), Math.max(toks.get(c).start(), clauseEnd(s))};
            }
            int e = before;
            while (e > first && (isCommaOrClosingQuote(e) || n(e).equals("-"))) e--;
            int cs = toks.get(first).start();
            // a continuation "..., X said, adding that ..." is the same speaker's content too
            int tail = np[1];
            if (inverted) tail = np[1];
            else tail = verb + 1;
            while (tail < end && !n(tail).equals("adding") && !n(tail).equals("saying")) tail++;
            int ce = toks.get(e).end();
            if (tail < end - 2) ce = clauseEnd(s);
            return new int[] {cs, Math.max(cs, ce)};
        }

        /** Speaker phrase ending just before the verb at k: [start, end) tokens, or null. */
        int[] npBefore(int k, int first) {
            int j = k - 1;
            while (j >= first && SKIP_BEFORE_VERB.contains(n(j)) && !(PRONOUNS.contains(n(j)))) j--;
            if (j < first) return null;
            // appositive: "Colonel X, a commander in Y, told Reuters" / "Syrian television, citing a source, said"
            if (n(j).equals(",")) {
                int c = j - 1;
                while (c > first && !n(c).equals(",") && j - c < 14) c--;
                if (c > first && n(c).equals(",")) {
                    int[] head = npEndingAt(c - 1, first);
                    if (head != null && valid(head)) return head;
                }
                return null;
            }
            int[] np = npEndingAt(j, first);
            return np != null && valid(np) ? np : null;
        }

        int[] npEndingAt(int j, int first) {
            int end = j + 1;
            if (j < first) return null;
            if (PRONOUNS.contains(n(j))) return new int[] {j, end};
            int start = end;
            while (j >= first && end - j <= 12) {
                Token t = toks.get(j);
                String w = t.norm();
                char c0 = t.text().charAt(0);
                if (Speakers.DETERMINERS.contains(w)) {
                    start = j;
                    // "a member of the Army of Conquest": the phrase goes on before "of the"
                    if (j - 2 >= first && (n(j - 1).equals("of") || n(j - 1).equals("for"))
                            && Character.isLetter(toks.get(j - 2).text().charAt(0)) && !NP_STOP.contains(n(j - 2))) {
                        j--;
                        continue;
                    }
                    break;
                }
                if (w.equals("'s") || w.equals("\u2019s") || w.equals("'")) { start = j; j--; continue; }
                if (Character.isLetterOrDigit(c0)) {
                    if (NP_STOP.contains(w) && !t.capitalized()) {
                        // "the UN's peace envoy to Syria said": "to" inside a role
                        if (!(w.equals("to") && j > first && ROLE_TO.contains(n(j - 1)))) break;
                    }
                    // "a Russian air campaign Moscow says": a proper name after a plain lower-case noun starts the phrase
                    if (!t.capitalized() && allCapitalised(j + 1, end) && !Speakers.TITLES.contains(w)
                            && !Speakers.PARTICLES.contains(w) && !SPEAKER_HEADS.contains(w) && !w.equals("of")
                            && !w.equals("for") && !w.equals("in") && !w.equals("'s")) {
                        break;
                    }
                    if (PRONOUNS.contains(w) && j != end - 1) break;
                    // "areas killed 1102 people said": a past-tense verb before its object ends the phrase
                    if (!t.capitalized() && w.endsWith("ed") && j + 1 < end && (Chunks.digitLed(toks.get(j + 1))
                            || Speakers.DETERMINERS.contains(n(j + 1)))) break;
                    if (w.equals("and") && !(j - 1 >= first && toks.get(j - 1).capitalized() && j + 1 < end
                            && toks.get(j + 1).capitalized())) break;
                    // sentence-initial capitalised function words ("But", "And", "On") end the phrase
                    if (t.capitalized() && NP_STOP.contains(w)) break;
                    start = j;
                    j--;
                    continue;
                }
                if (w.equals("-") && j > first && j + 1 < end) { start = j; j--; continue; }
                break;
            }
            if (start >= end) return null;
            // "in"/"of"/"for" cannot open the phrase, nor a time stamp ("0914 Homs governor said")
            while (start < end && (n(start).equals("in") || n(start).equals("of") || n(start).equals("for")
                    || n(start).equals("-") || n(start).equals("'s")
                    || (Chunks.digitLed(toks.get(start)) && start + 1 < end && toks.get(start + 1).capitalized()))) start++;
            return start < end ? new int[] {start, end} : null;
        }

        boolean allCapitalised(int a, int b) {
            if (a >= b) return false;
            for (int i = a; i < b; i++) if (!toks.get(i).capitalized()) return false;
            return true;
        }

        /** Inverted speaker after the verb: "said interior ministry spokesman Saad Maan". */
        int[] npAfter(int k, int end) {
            int j = k;
            if (j < end && Speakers.DETERMINERS.contains(n(j))) j++;
            while (j < end && j - k < 12) {
                Token t = toks.get(j);
                String w = t.norm();
                if (!Character.isLetterOrDigit(t.text().charAt(0)) && !w.equals("-") && !w.equals("'s")) break;
                if (NP_STOP.contains(w) && !t.capitalized()) break;
                if (w.equals("in") || w.equals("adding") || w.equals("saying") || w.equals("citing")) break;
                j++;
            }
            if (j <= k) return null;
            int[] np = {k, j};
            return valid(np) ? np : null;
        }

        /** Plausible speaker: has a capitalised word, a pronoun or a speaker head noun. */
        boolean valid(int[] np) {
            String head = n(np[1] - 1);
            if (head.equals("for") || head.equals("of") || head.equals("in") || head.equals("-")) return false;
            if (SPEAKER_HEADS.contains(head)) return true;
            for (int i = np[0]; i < np[1]; i++) {
                Token t = toks.get(i);
                if (t.capitalized() && !(i == sents.get(sentenceOfToken[i]).firstToken() && Speakers.DETERMINERS.contains(t.norm()))) {
                    return !Chunks.digitLed(toks.get(np[1] - 1)) && !isWeekdayOrMonth(np[1] - 1);
                }
            }
            return false;
        }

        boolean isWeekdayOrMonth(int i) {
            return NumberAnnotator.month(toks.get(i)) > 0 || WEEKDAYS.contains(n(i));
        }

        // ---- direct quote -> attribution --------------------------------------------------------------

        Attr attributionOf(Raw r, List<Attr> attrs) {
            int closeTok = tokenAtChar(r.close);
            int openTok = tokenAtChar(r.open);
            int sClose = closeTok < toks.size() ? sentenceOfToken[closeTok] : sents.size() - 1;
            int sOpen = openTok < toks.size() ? sentenceOfToken[openTok] : sClose;
            // a closing mark the sentence splitter put at the start of the next sentence
            if (closeTok < toks.size() && r.close < toks.get(closeTok).start()) closeTok--;
            Attr best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Attr a : attrs) {
                int first = Math.min(a.verb, a.npStart);
                if ((a.sentence == sClose || a.sentence == sClose + 1 && text.substring(r.close, Math.min(text.length(), r.close + 3)).contains(",")
                        ) && first > closeTok && toks.get(first).start() > r.close) {
                    // attribution after the closing mark, on the same line
                    if (toks.get(first).start() > r.lineEnd) continue;
                    int d = first - closeTok;
                    if (d < bestDist) { bestDist = d; best = a; }
                }
            }
            if (best != null && bestDist <= 20) return best;
            best = null;
            bestDist = Integer.MAX_VALUE;
            for (Attr a : attrs) {
                if (a.sentence == sOpen && a.verb < openTok && toks.get(a.verb).end() <= r.open) {
                    int d = openTok - a.verb;
                    if (d < bestDist) { bestDist = d; best = a; }
                }
            }
            return best;
        }

        // ---- people and speaker resolution ------------------------------------------------------------

        /** Names after titles ("President Vladimir Putin") and person speakers; then every later last-name mention. */
        void registerPeople(List<Attr> attrs) {
            for (int i = 0; i < toks.size(); i++) {
                if (!Speakers.TITLES.contains(n(i))) continue;
                int j = i + 1;
                int limit = sentenceEnd(i);
                while (j < limit && Speakers.TITLES.contains(n(j))) j++;
                int s = j;
                while (j < limit && (toks.get(j).capitalized() || (Speakers.PARTICLES.contains(n(j)) && j + 1 < limit
                        && toks.get(j + 1).capitalized() && j > s))) j++;
                if (j - s >= 2) {
                    List<String> w = new ArrayList<>(), sf = new ArrayList<>();
                    for (int k = s; k < j; k++) { w.add(n(k)); sf.add(toks.get(k).text()); }
                    String p = Speakers.person(al, w, sf);
                    if (p.contains(" ")) addPerson(p);
                }
            }
            for (Attr a : attrs) {
                a.plain = Speakers.canonical(al, npText(a), null);
                Canon c = a.plain;
                if (c.kind() == Kind.PERSON && c.name().contains(" ")) addPerson(c.name());
            }
            for (int i = 0; i < toks.size(); i++) {
                if (!toks.get(i).capitalized()) continue;
                String full = personByLast.get(stripPossessive(n(i)));
                if (full != null) personAt.put(i, full);
            }
        }

        static String stripPossessive(String w) {
            return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
        }

        void addPerson(String full) {
            String[] parts = full.split(" ");
            personByLast.putIfAbsent(SourceAliases.lower(org.sitrep.nlp.TextNorm.norm(parts[parts.length - 1])), full);
        }

        int sentenceEnd(int tokenIdx) { return sents.get(sentenceOfToken[tokenIdx]).endToken(); }

        List<String> words(int a, int b) {
            List<String> w = new ArrayList<>();
            for (int i = a; i < b; i++) {
                String x = n(i);
                if (x.endsWith("'s") && x.length() > 2) { w.add(x.substring(0, x.length() - 2)); w.add("'s"); }
                else w.add(x);
            }
            return w;
        }

        List<String> surfaces(int a, int b) {
            List<String> s = new ArrayList<>();
            for (int i = a; i < b; i++) {
                String x = toks.get(i).text().replace('\u2019', '\'');
                if (x.endsWith("'s") && x.length() > 2) { s.add(x.substring(0, x.length() - 2)); s.add("'s"); }
                else s.add(x);
            }
            return s;
        }

        String npText(Attr a) { return text.substring(toks.get(a.npStart).start(), toks.get(a.npEnd - 1).end()); }

        Canon resolve(Attr a) {
            List<String> w = words(a.npStart, a.npEnd);
            String head = w.get(w.size() - 1);
            boolean onlyHead = w.size() == 1 || (w.size() == 2 && Speakers.DETERMINERS.contains(w.get(0)));
            if (onlyHead && (head.equals("he") || head.equals("she"))) {
                String p = personBefore(a.npStart);
                return p == null ? new Canon(head, Kind.OTHER, null) : new Canon(p, Kind.PERSON, null);
            }
            if (onlyHead && BACK_REFERENCES.contains(head)) {
                Canon prev = lastOrgSpeaker(null);
                if (prev != null) return prev;
            }
            if (onlyHead && INSTITUTION_HEADS.contains(head)) {
                Canon prev = lastOrgSpeaker(head);
                if (prev != null) return prev;
            }
            Country ctxCountry = SourceAliases.lower(a.plain.name()).contains("ministry") ? contextCountry() : null;
            Canon c = ctxCountry == null ? a.plain : Speakers.canonical(al, npText(a), ctxCountry);
            if (c.kind() == Kind.PERSON && !c.name().contains(" ")) {
                String full = personByLast.get(SourceAliases.lower(c.name()));
                if (full != null) return new Canon(full, Kind.PERSON, null);
            }
            return c;
        }

        /** he/she: the rule in the class comment. */
        String personBefore(int token) {
            int s = sentenceOfToken[token];
            for (int back = 0; back <= 6 && s - back >= 0; back++) {
                Sentence sent = sents.get(s - back);
                int limit = back == 0 ? token : sent.endToken();
                String speaker = null, firstNamed = null;
                for (Resolved r : resolved) {
                    if (r.token >= sent.firstToken() && r.token < limit && r.canon.kind() == Kind.PERSON) speaker = r.canon.name();
                }
                if (speaker != null) return speaker;
                for (int i = sent.firstToken(); i < limit && firstNamed == null; i++) firstNamed = personAt.get(i);
                if (firstNamed != null) return firstNamed;
            }
            return null;
        }

        /** Nearest earlier organisation speaker, optionally one whose name contains {@code word}. */
        Canon lastOrgSpeaker(String word) {
            for (int i = resolved.size() - 1; i >= 0; i--) {
                Canon c = resolved.get(i).canon;
                if (c.kind() != Kind.ORG) continue;
                if (word == null || SourceAliases.lower(c.name()).contains(word)) return c;
            }
            return null;
        }

        Country contextCountry() {
            for (int i = resolved.size() - 1; i >= 0; i--) {
                Country c = resolved.get(i).canon.country();
                if (c != null) return c;
            }
            return null;
        }
    }
}
