package org.sitrep.merge;

import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One per-article event with the values merging compares, computed once (skeletons, word hashes): the
 * comparison of two reports then allocates nothing, which is what makes 100k events merge in seconds.
 */
final class Report {
    final Event event;
    final String id;
    final String docId;
    final TypeFamily family;
    final long day;              // epoch day, or Long.MIN_VALUE when undated
    final int timePrecision;
    final boolean reportDated;   // dated only by the report (stamp, statement, report day): the happening is then or before
    final int geoPrecision;      // 1 town, 2 near/part of region, 3 admin1 only, 4 country only / unknown
    final String gazetteerId;
    final String placeSkeleton;
    final String admin1Key;
    final String countryKey;
    final double lat, lon;       // NaN when unknown
    final String actor1, actor2; // canonical names of specific actors, or null (unknown / unidentified)
    final int fatalities;
    final int[] words;           // sorted distinct hashes of evidence content words
    final int[][] sentenceWords; // the same per evidence sentence, for sentences long enough to compare alone
    final long[] sentences;      // sorted evidence spans (start << 32 | end) within the article
    final boolean furnitureOnly; // every evidence span is page furniture (a site's list of related headlines)

    Report(Event e) {
        this.event = e;
        this.id = e.eventId();
        this.docId = e.docId() == null ? "" : e.docId();
        this.family = TypeFamily.of(e.subEventType());
        this.day = e.eventDate() == null ? Long.MIN_VALUE : e.eventDate().toEpochDay();
        this.timePrecision = e.timePrecision() == null ? (e.eventDate() == null ? 3 : 1) : e.timePrecision();
        this.reportDated = e.eventDate() != null && timePrecision == 2 && isReportDate(e);
        String iso = e.iso3() != null ? e.iso3().toUpperCase(Locale.ROOT) : Text.skeleton(e.country());
        String rehomed = foreignPlaceCountry(e, iso);
        if (rehomed != null) {
            // geocoded outside the country its own evidence names (and without naming the geocoded one): the place is
            // a gazetteer namesake abroad ("Kefraya" in Lebanon for Kafraya in Idlib), so the report says only which
            // country it is in
            this.countryKey = rehomed;
            this.admin1Key = "";
            this.placeSkeleton = "";
            this.gazetteerId = null;
            this.geoPrecision = 4;
            this.lat = Double.NaN;
            this.lon = Double.NaN;
        } else {
            this.countryKey = iso;
            this.admin1Key = Text.admin1Key(e.admin1());
            this.placeSkeleton = Text.skeleton(e.location());
            this.gazetteerId = e.gazetteerId();
            this.geoPrecision = placePrecision(e);
            this.lat = e.latitude() == null ? Double.NaN : e.latitude();
            this.lon = e.longitude() == null ? Double.NaN : e.longitude();
        }
        this.actor1 = specific(e.actor1());
        this.actor2 = specific(e.actor2());
        this.fatalities = e.fatalities();
        Set<String> ws = new LinkedHashSet<>();
        java.util.List<int[]> per = new java.util.ArrayList<>();
        boolean furniture = !e.evidence().isEmpty();
        for (Evidence ev : e.evidence()) {
            String text = Text.withoutRelatedHeadlines(ev.text());
            java.util.List<String> cw = Text.contentWords(text);
            if (text == null || text.length() == ev.text().length() || Text.wordCount(cw) >= FURNITURE_MAX_WORDS) furniture = false;
            ws.addAll(cw);
            if (cw.size() < SENTENCE_MIN_WORDS) continue;
            int[] h = cw.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
            if (h.length >= SENTENCE_MIN_WORDS) per.add(h);
        }
        this.words = ws.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
        this.sentenceWords = per.size() > 1 ? per.toArray(new int[0][]) : NO_SENTENCES;
        this.furnitureOnly = furniture;
        this.sentences = e.evidence().stream().mapToLong(ev -> ((long) ev.start() << 32) | (ev.end() & 0xffffffffL))
                .distinct().sorted().toArray();
    }

    /**
     * How specific an event's place is, for merging: 1 town, 2 near a town or part of a region, 3 province (admin1)
     * only, 4 country only or unknown. "Hama", "Idlib", "Aleppo": a city named like its province is, in news text,
     * as often the province, so it counts as province-level (not specific enough to identify a happening alone).
     */
    static int placePrecision(Event e) {
        boolean countryOnly = e.location() == null
                || (e.admin1() == null && (e.geoPrecision() == null || e.geoPrecision() >= 3))
                // the country's own name (letters, vowels kept: the consonant skeleton of "Shaer" is that of "Syria")
                || Text.letters(e.location()).equals(Text.letters(e.country()));
        if (countryOnly) return 4;
        int precision = e.geoPrecision() == null ? 3 : e.geoPrecision();
        String place = Text.skeleton(e.location());
        if (precision < 3 && !place.isEmpty() && place.equals(Text.admin1Key(e.admin1()))) precision = 3;
        return precision;
    }

    /**
     * True when the event's date is the day of the report rather than of the happening (extraction rules
     * "dateline", "statement-...", "report-day", also when carried from an earlier sentence): what was reported
     * happened that day or some days before.
     */
    static boolean isReportDate(Event e) {
        org.sitrep.model.FieldProvenance p = e.provenance().get("event_date");
        if (p == null || p.rule() == null) return false;
        String r = p.rule();
        return r.contains("dateline") || r.contains("statement-") || r.contains("report-day");
    }

    /**
     * The country a report's own evidence names when it was geocoded elsewhere: the evidence names exactly one
     * country (or its people: "Syrian") and neither names the geocoded country; null otherwise (also when the
     * geocoded country is the one named, or the evidence names none or several).
     */
    static String foreignPlaceCountry(Event e, String iso) {
        if (iso == null || iso.isEmpty() || e.country() == null) return null;
        java.util.Set<String> named = new java.util.TreeSet<>();
        String own = e.country().toLowerCase(Locale.ROOT);
        for (Evidence ev : e.evidence()) {
            if (ev.text() == null) continue;
            if (ev.text().toLowerCase(Locale.ROOT).contains(own)) return null;
            named.addAll(Text.countriesNamed(ev.text()));
        }
        if (named.contains(iso) || named.size() != 1) return null;
        return named.iterator().next();
    }

    /**
     * A sentence with fewer content words is not compared alone: short sentences ("the attack killed five people")
     * share most of their words by chance.
     */
    static final int SENTENCE_MIN_WORDS = 8;

    /**
     * Evidence that keeps fewer content words (numbers aside) once a site's list of related headlines is cut off
     * ("... 55 Related US-Backed Forces Capture ... Tags ...") told nothing but page furniture: an event read from
     * another story's headline, whose place and day are that of the page, not of a happening.
     */
    static final int FURNITURE_MAX_WORDS = 3;
    private static final int[][] NO_SENTENCES = new int[0][];

    /**
     * How much of one wire text two reports share: the Jaccard similarity of all their evidence words ({@code
     * allWords}), or of their best-matching evidence sentences when a report cites several. A report that cites one
     * more sentence of its article (a detail of the scene) has not become less like a wire story it shares its lead
     * sentence with. Used only for the wording link (copy reused by outlets), not for the weaker corroboration.
     */
    static double copy(Report a, Report b, double allWords) {
        if (a.sentenceWords.length == 0 && b.sentenceWords.length == 0) return allWords; // one sentence each at most
        double best = allWords;
        if (a.sentenceWords.length == 0) {
            if (a.words.length >= SENTENCE_MIN_WORDS) for (int[] y : b.sentenceWords) best = Math.max(best, jaccard(a.words, y));
        } else if (b.sentenceWords.length == 0) {
            if (b.words.length >= SENTENCE_MIN_WORDS) for (int[] x : a.sentenceWords) best = Math.max(best, jaccard(x, b.words));
        } else {
            for (int[] x : a.sentenceWords) for (int[] y : b.sentenceWords) best = Math.max(best, jaccard(x, y));
        }
        return best;
    }

    boolean dated() { return day != Long.MIN_VALUE; }

    boolean hasPoint() { return !Double.isNaN(lat) && !Double.isNaN(lon); }

    /** Unidentified armed groups say nothing about who did it: they neither match nor contradict. */
    private static String specific(Actor a) {
        if (a == null) return null;
        String n = a.name();
        return n.startsWith("Unidentified") ? null : n;
    }

    /** True when the two reports cite a common evidence span (meaningful within one article). */
    boolean sharesSentence(Report o) {
        int i = 0, j = 0;
        while (i < sentences.length && j < o.sentences.length) {
            if (sentences[i] == o.sentences[j]) return true;
            if (sentences[i] < o.sentences[j]) i++;
            else j++;
        }
        return false;
    }

    /** Jaccard similarity of two sorted int sets. */
    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double) common / (a.length + b.length - common);
    }

    @Override
    public String toString() { return id + Arrays.toString(new Object[] {docId, family, day, placeSkeleton}); }
}
