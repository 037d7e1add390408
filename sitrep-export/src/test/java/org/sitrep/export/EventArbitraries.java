package org.sitrep.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Generators of arbitrary, valid events: hostile text (quotes, commas, newlines, Arabic, emoji), nulls, extremes. */
final class EventArbitraries {
    private EventArbitraries() {
    }

    /** Text with the characters that break naive CSV/JSON writers, plus non-Latin scripts and astral code points. */
    static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars(',', '"', '\n', '\r', '\t', '\\', '\u0000', '\u2028', '\u00e9')
                .withCharRange('\u0621', '\u064a') // Arabic letters
                .ofMaxLength(40);
        Arbitrary<String> emoji = Arbitraries.of("\ud83d\udca5", "\ud83c\uddf8\ud83c\uddfe", "\ud834\udd1e");
        return Combinators.combine(plain, emoji, Arbitraries.integers().between(0, 2))
                .as((p, e, k) -> k == 0 ? p + e : p);
    }

    static Arbitrary<String> nullableText() {
        return text().injectNull(0.2);
    }

    static Arbitrary<Double> coordinate(double bound) {
        return Arbitraries.doubles().between(-bound, bound).injectNull(0.2);
    }

    static Arbitrary<Actor> actor() {
        return Combinators.combine(text().filter(s -> !s.isBlank()), Arbitraries.integers().between(0, 8),
                Arbitraries.of("SY", "RU", "IQ").injectNull(0.3)).as(Actor::new).injectNull(0.25);
    }

    static Arbitrary<Evidence> evidence() {
        return Combinators.combine(text(), Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 500), text())
                .as((doc, start, len, t) -> new Evidence(doc, start, start + len, t));
    }

    static Arbitrary<Claim> claim() {
        return Combinators.combine(nullableText(), text(), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 300), Arbitraries.of(Stance.class).injectNull(0.1), nullableText())
                .as((by, doc, start, len, stance, detail) -> new Claim(by, doc, start, start + len, stance, detail));
    }

    static Arbitrary<Map<String, FieldProvenance>> provenance() {
        Arbitrary<Span> span = Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 400))
                .as((s, l) -> new Span(s, s + l));
        Arbitrary<FieldProvenance> fp = Combinators.combine(text(), nullableText(), span.list().ofMaxSize(3))
                .as(FieldProvenance::new);
        return Arbitraries.maps(Arbitraries.of("sub_event_type", "location", "fatalities", "actor1", "event_date"), fp)
                .ofMaxSize(4);
    }

    private record Head(String id, String doc, LocalDate date, Integer tp, SubEventType sub, Actor a1, Actor a2, String assoc) {
    }

    private record Place(String country, String iso3, String admin1, String admin2, String location, Double lat,
                         Double lon, Integer gp) {
    }

    private record Tail(String gaz, int fatalities, String source, String notes, boolean disputed, double conf,
                        List<String> articles, String assoc2) {
    }

    static Arbitrary<Event> events() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 20_000)
                .map(d -> LocalDate.of(1990, 1, 1).plusDays(d)).injectNull(0.1);
        Arbitrary<Head> head = Combinators.combine(text(), text(), dates,
                        Arbitraries.integers().between(1, 3).injectNull(0.2), Arbitraries.of(SubEventType.class).injectNull(0.05),
                        actor(), actor(), nullableText())
                .as(Head::new);
        Arbitrary<Place> place = Combinators.combine(nullableText(), Arbitraries.of("SYR", "IRQ", "UKR", "XXX").injectNull(0.2),
                        nullableText(), nullableText(), nullableText(), coordinate(90), coordinate(180),
                        Arbitraries.integers().between(1, 3).injectNull(0.2))
                .as(Place::new);
        Arbitrary<Tail> tail = Combinators.combine(nullableText(), Arbitraries.integers().between(0, 100_000),
                        nullableText(), nullableText(), Arbitraries.of(true, false),
                        Arbitraries.doubles().between(0, 1), text().list().ofMaxSize(3), nullableText())
                .as(Tail::new);
        return Combinators.combine(head, place, tail, evidence().list().ofMinSize(1).ofMaxSize(3),
                        claim().list().ofMaxSize(3), provenance())
                .as((h, p, t, ev, cl, prov) -> new Event(h.id(), h.doc(), h.date(), h.tp(), h.sub(), h.a1(), h.assoc(),
                        h.a2(), t.assoc2(), p.country(), p.iso3(), p.admin1(), p.admin2(), p.location(), p.lat(), p.lon(),
                        p.gp(), t.gaz(), t.fatalities(), t.source(), t.notes(), ev, cl, t.articles(), t.disputed(),
                        t.conf(), prov));
    }
}
