package org.sitrep.store;

import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FieldProvenance;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builder of test events and articles for store tests (part of the published test-jar). */
public final class TestEvents {
    private TestEvents() {
    }

    public static Builder event(String id) {
        return new Builder(id);
    }

    public static Article article(String id, String title, String text) {
        return new Article(id, title, text, LocalDate.of(2015, 10, 13), "The Test Gazette", "https://example.org/" + id,
                null, "test.jsonl:1");
    }

    /** Fluent event builder with plausible defaults: a Russian air strike in Idlib on 2015-10-12. */
    public static final class Builder {
        private final String id;
        private String doc = "doc-1";
        private LocalDate date = LocalDate.of(2015, 10, 12);
        private Integer timePrecision = 1;
        private SubEventType type = SubEventType.AIR_DRONE_STRIKE;
        private Actor actor1 = new Actor("Military Forces of Russia", 8, "RU");
        private Actor actor2 = new Actor("Civilians (Syria)", 7, "SY");
        private String assoc1;
        private String assoc2;
        private String country = "Syria";
        private String iso3 = "SYR";
        private String admin1 = "Idlib";
        private String admin2;
        private String location = "Jisr al-Shughur";
        private Double lat = 35.81;
        private Double lon = 36.32;
        private Integer geoPrecision = 1;
        private int fatalities;
        private String source = "The Test Gazette";
        private String notes = "Air strikes hit the town.";
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private boolean disputed;
        private double confidence = 0.8;

        private Builder(String id) {
            this.id = id;
        }

        public Builder doc(String d) { this.doc = d; return this; }
        public Builder date(String isoDate) { this.date = isoDate == null ? null : LocalDate.parse(isoDate); return this; }
        public Builder timePrecision(Integer p) { this.timePrecision = p; return this; }
        public Builder type(SubEventType t) { this.type = t; return this; }
        public Builder actor1(String name, int inter) { this.actor1 = name == null ? null : new Actor(name, inter, null); return this; }
        public Builder actor2(String name, int inter) { this.actor2 = name == null ? null : new Actor(name, inter, null); return this; }
        public Builder assoc(String a1, String a2) { this.assoc1 = a1; this.assoc2 = a2; return this; }
        public Builder country(String name, String iso) { this.country = name; this.iso3 = iso; return this; }
        public Builder admin1(String a) { this.admin1 = a; return this; }
        public Builder admin2(String a) { this.admin2 = a; return this; }
        public Builder location(String l) { this.location = l; return this; }
        public Builder at(Double latitude, Double longitude) { this.lat = latitude; this.lon = longitude; return this; }
        public Builder geoPrecision(Integer p) { this.geoPrecision = p; return this; }
        public Builder fatalities(int f) { this.fatalities = f; return this; }
        public Builder source(String s) { this.source = s; return this; }
        public Builder notes(String n) { this.notes = n; return this; }
        public Builder evidence(String text) { this.evidence.add(new Evidence(doc, 10, 10 + text.length(), text)); return this; }
        public Builder claim(String by, Stance stance, String detail) { this.claims.add(new Claim(by, doc, 10, 40, stance, detail)); return this; }
        public Builder disputed(boolean d) { this.disputed = d; return this; }
        public Builder confidence(double c) { this.confidence = c; return this; }

        public Event build() {
            List<Evidence> ev = evidence.isEmpty() ? List.of(new Evidence(doc, 0, notes == null ? 0 : notes.length(),
                    notes == null ? "" : notes)) : evidence;
            return new Event(id, doc, date, timePrecision, type, actor1, assoc1, actor2, assoc2, country, iso3, admin1,
                    admin2, location, lat, lon, geoPrecision, location == null ? null : "geonames:" + Math.abs(location.hashCode()),
                    fatalities, source, notes, ev, claims, List.of(doc), disputed, confidence,
                    Map.of("sub_event_type", new FieldProvenance("extract.trigger", "trigger:test", List.of(new Span(0, 4)))));
        }
    }
}
