package org.sitrep.geo.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerFormatException;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.model.Article;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Document;

/**
 * Geocoding of the places a UCDP GED export names with an exact location ({@code where_prec} 1): each distinct place
 * is put in a one-sentence report as news writes it, without UCDP's diacritics and with its province ("Gunmen killed
 * two people in Al Fallujah, Al Anbar province, ..."), and the mention found over the name is compared with UCDP's
 * point. A measure of transliteration-tolerant matching and of the gazetteer's coverage where the names come from
 * Arabic or Kurdish: UCDP spells them its own way ("Aḑ Ḑulū‘īyah", "Kīsīk Kūprī"), and many are villages.
 */
public final class UcdpPlaceEval {
    /** One place: its name as written in the report, its province, UCDP's point, and what was found over the name. */
    public record Item(String name, String province, double latitude, double longitude, PlaceMention found, double errorKm) {}

    /** Shares over all places: found over the name, and found within 10, 25 and 161 km of UCDP's point. */
    public record Result(int places, double found, double within10, double within25, double within161, double medianErrorKm) {
        public String summary() {
            return String.format(Locale.ROOT, "ucdp-ged, where_prec 1: %d distinct places; found %.3f, within 10 km %.3f, "
                    + "within 25 km %.3f, within 161 km %.3f (of all places), median error %.1f km", places, found, within10,
                    within25, within161, medianErrorKm);
        }
    }

    /** Feature words UCDP writes after a name ("Bayjī town", "Sinjār district"), and what follows them. */
    private static final Pattern FEATURE = Pattern.compile(
            "\\s+(town|village|city|district|province|area|neighbou?rhood|region|camp|checkpoint|market|road|highway|base|airport)\\b.*$",
            Pattern.CASE_INSENSITIVE);

    private final PlaceAnnotator annotator;
    private final Function<Article, Document> tokenizer;

    public UcdpPlaceEval(PlaceAnnotator annotator, Function<Article, Document> tokenizer) {
        this.annotator = annotator;
        this.tokenizer = tokenizer;
    }

    public Result evaluate(Path csv, List<Item> items) {
        Map<String, String[]> places = readPlaces(csv);
        List<Double> errors = new ArrayList<>();
        int found = 0;
        for (Map.Entry<String, String[]> e : places.entrySet()) {
            String name = e.getKey(), province = e.getValue()[0];
            double lat = Double.parseDouble(e.getValue()[1]), lon = Double.parseDouble(e.getValue()[2]);
            String text = "Gunmen killed two people in " + name + ", " + province + " province, on Monday, police said.";
            int start = text.indexOf(name), end = start + name.length();
            Document doc = tokenizer.apply(new Article("ucdp-" + items.size(), null, text, null, null, null, null, null));
            PlaceMention over = null;
            for (PlaceMention m : annotator.annotate(doc)) {
                if (m.span().start() < end && m.span().end() > start) { over = m; break; }
            }
            double err = PlaceEval.MISS_KM;
            if (over != null && over.place() != null) {
                found++;
                GeoPlace p = over.place();
                err = Gazetteer.km(lat, lon, p.latitude(), p.longitude());
            }
            errors.add(err);
            items.add(new Item(name, province, lat, lon, over, err));
        }
        int n = errors.size();
        double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(n, PlaceEval.ratio(found, n), PlaceEval.ratio(count(sorted, 10), n), PlaceEval.ratio(count(sorted, 25), n),
                PlaceEval.ratio(count(sorted, 161), n), n == 0 ? Double.NaN : sorted[n / 2]);
    }

    /** Distinct places of exact precision: name as news writes it -> {province, latitude, longitude}. */
    static Map<String, String[]> readPlaces(Path csv) {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<List<String>> rows = AcledPlaceEval.Csv.parse(r);
            if (rows.isEmpty()) throw new GazetteerFormatException(csv + " is empty");
            Map<String, Integer> col = new HashMap<>();
            List<String> header = rows.get(0);
            for (int i = 0; i < header.size(); i++) col.put(header.get(i).strip(), i);
            for (String need : List.of("where_prec", "where_coordinates", "adm_1", "latitude", "longitude"))
                if (!col.containsKey(need)) throw new GazetteerFormatException(csv + ": no column '" + need
                        + "'; expected a UCDP GED export with a header row");
            Map<String, String[]> out = new LinkedHashMap<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                // (the HDX copy has a second header row of HXL tags, "#date+year": its where_prec is no "1")
                if (row.size() < header.size() || !row.get(col.get("where_prec")).strip().equals("1")) continue;
                String where = row.get(col.get("where_coordinates")).split("[;,]")[0];
                String name = plain(FEATURE.matcher(where.strip()).replaceFirst("").strip());
                String province = plain(row.get(col.get("adm_1")).strip().replaceFirst("(?i)\\s+(province|governorate)$", ""));
                if (name.isEmpty() || province.isEmpty()) continue;
                out.putIfAbsent(name, new String[] {province, row.get(col.get("latitude")).strip(), row.get(col.get("longitude")).strip()});
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read UCDP GED export " + csv + ": " + e.getMessage(), e);
        }
    }

    /** The name without diacritics and ayn/hamza marks, as English news writes it ("Aḑ Ḑulū‘īyah" -> "Ad Duluiyah"). */
    static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[‘’'ʿʾ`]", "");
    }

    private static int count(double[] sorted, double km) {
        int k = 0;
        for (double x : sorted) if (x <= km) k++;
        return k;
    }
}
