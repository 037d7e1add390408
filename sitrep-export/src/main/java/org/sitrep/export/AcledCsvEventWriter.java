package org.sitrep.export;

import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * ACLED-style CSV: the column set of ACLED's current public export (API/Data Export Tool), in its order, then a few
 * sitrep columns that ACLED does not have. RFC 4180: CRLF line ends, a header row, fields quoted when they hold a
 * comma, a double quote, CR or LF (quotes doubled inside). UTF-8 without BOM.
 *
 * <p>Column by column: {@code event_id_cnty} carries sitrep's stable event id (ACLED's own ids are country code +
 * counter, which sitrep cannot reproduce); {@code inter1/inter2} are ACLED's numeric codes and {@code interaction}
 * the ACLED two-digit code (lower code first, {@code X0} when there is no second actor); {@code civilian_targeting}
 * is "Civilian targeting" for political-violence events whose second actor is civilians; {@code iso} is the ISO
 * 3166 numeric code and {@code region} ACLED's region, both from {@code iso3}; {@code admin3},
 * {@code source_scale}, {@code tags} and {@code timestamp} are left empty (sitrep does not know them; a timestamp
 * of the export would make identical exports differ).
 */
public final class AcledCsvEventWriter implements EventWriter {

    /** ACLED's public export columns. */
    public static final List<String> ACLED_COLUMNS = List.of(
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
            "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

    /** Columns sitrep adds after ACLED's: what makes a row traceable to its articles. */
    public static final List<String> SITREP_COLUMNS = List.of(
            "iso3", "doc_id", "articles", "gazetteer_id", "disputed", "confidence", "evidence");

    /** Header row, in order. */
    public static final List<String> COLUMNS = concat(ACLED_COLUMNS, SITREP_COLUMNS);

    private static final String EOL = "\r\n";

    private final Writer out;
    private long count;
    private boolean closed;

    public AcledCsvEventWriter(OutputStream out) throws IOException {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    public AcledCsvEventWriter(Writer out) throws IOException {
        this.out = out;
        row(COLUMNS);
    }

    @Override public void write(Event e) throws IOException {
        if (closed) throw new IllegalStateException("CSV writer is closed");
        row(values(e));
        count++;
    }

    /** The cells of one event, in {@link #COLUMNS} order (empty string for unknown). */
    public static List<String> values(Event e) {
        SubEventType sub = e.subEventType();
        Actor a1 = e.actor1();
        Actor a2 = e.actor2();
        var country = Countries.byIso3(e.iso3());
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(s(e.eventId()));
        v.add(e.eventDate() == null ? "" : e.eventDate().toString());
        v.add(e.eventDate() == null ? "" : Integer.toString(e.eventDate().getYear()));
        v.add(n(e.timePrecision()));
        v.add(sub == null ? "" : sub.disorderType());
        v.add(sub == null ? "" : sub.type().label());
        v.add(sub == null ? "" : sub.label());
        v.add(a1 == null ? "" : a1.name());
        v.add(s(e.assocActor1()));
        v.add(a1 == null ? "" : Integer.toString(a1.inter()));
        v.add(a2 == null ? "" : a2.name());
        v.add(s(e.assocActor2()));
        v.add(a2 == null ? "" : Integer.toString(a2.inter()));
        v.add(interaction(a1, a2));
        v.add(civilianTargeting(e));
        v.add(country.map(c -> n(c.numeric())).orElse(""));
        v.add(country.map(c -> s(c.region())).orElse(""));
        v.add(ascii(e.country()));
        v.add(ascii(e.admin1()));
        v.add(ascii(e.admin2()));
        v.add(""); // admin3
        v.add(ascii(e.location()));
        v.add(decimal(e.latitude()));
        v.add(decimal(e.longitude()));
        v.add(n(e.geoPrecision()));
        v.add(s(e.source()));
        v.add(""); // source_scale
        v.add(s(e.notes()));
        v.add(Integer.toString(e.fatalities()));
        v.add(""); // tags
        v.add(""); // timestamp
        v.add(s(e.iso3()));
        v.add(s(e.docId()));
        v.add(String.join(";", e.articles()));
        v.add(s(e.gazetteerId()));
        v.add(Boolean.toString(e.disputed()));
        v.add(decimal(e.confidence()));
        v.add(e.evidence().isEmpty() ? "" : s(e.evidence().get(0).text()));
        return v;
    }

    /**
     * A place name as ACLED writes its own (every country, admin and location name of ACLED's export is ASCII):
     * accents and marks dropped ("Michoacán" to "Michoacan", "Kordestān" to "Kordestan"), the few letters that do not
     * decompose spelt out, curly apostrophes and ayn marks made "'"; other characters as they are. Null is "".
     */
    static String ascii(String name) {
        if (name == null) return "";
        boolean plain = true;
        for (int i = 0; i < name.length() && plain; i++) if (name.charAt(i) >= 0x80) plain = false;
        if (plain) return name;
        String d = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'ə', 'ǝ' -> b.append('a');
                case 'Ə', 'Ǝ' -> b.append('A');
                case 'ı' -> b.append('i');
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'đ' -> b.append('d');
                case 'Đ' -> b.append('D');
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("Ae");
                case 'œ' -> b.append("oe");
                case 'þ' -> b.append("th");
                case '\u2018', '\u2019', '\u02BB', '\u02BC', '\u02BF', '\u02BE', '`' -> b.append('\'');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** ACLED interaction code: the two inter codes, lower first ("12", "37"); "X0" for a single actor. */
    static String interaction(Actor a1, Actor a2) {
        if (a1 == null && a2 == null) return "";
        if (a1 == null || a2 == null) return (a1 == null ? a2 : a1).inter() + "0";
        int lo = Math.min(a1.inter(), a2.inter());
        int hi = Math.max(a1.inter(), a2.inter());
        return lo + "" + hi;
    }

    private static String civilianTargeting(Event e) {
        boolean violence = e.subEventType() != null && "Political violence".equals(e.subEventType().disorderType());
        return violence && e.actor2() != null && e.actor2().inter() == 7 ? "Civilian targeting" : "";
    }

    /** RFC 4180 quoting: only when needed, doubling embedded quotes. */
    public static String quote(String field) {
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(cells.get(i)));
        }
        out.write(EOL);
    }

    private static String s(String v) { return v == null ? "" : v; }

    private static String n(Integer v) { return v == null ? "" : v.toString(); }

    /** Plain decimal, never scientific notation (1.0E-4), which spreadsheets and ACLED readers mis-parse. */
    private static String decimal(Double v) {
        return v == null || !Double.isFinite(v) ? "" : BigDecimal.valueOf(v).toPlainString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    @Override public long count() { return count; }

    @Override public Format format() { return Format.CSV; }

    @Override public void flush() throws IOException { out.flush(); }

    @Override public void close() throws IOException {
        if (closed) return;
        closed = true;
        out.close();
    }
}
