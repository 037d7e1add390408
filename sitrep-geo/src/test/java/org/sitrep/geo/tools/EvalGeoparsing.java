package org.sitrep.geo.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.geo.eval.GeoparsingCorpus;
import org.sitrep.geo.eval.PlaceEval;
import org.sitrep.geo.eval.SimpleTokenizer;

/** Prints the geoparsing-dev figures; with a second argument N, the N worst resolutions of each set. */
public final class EvalGeoparsing {
    private EvalGeoparsing() {}

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../../shared/eval/geoparsing-dev");
        int explain = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        PlaceEval eval = new PlaceEval(new PlaceAnnotator(Gazetteer.loadDefault()), SimpleTokenizer::tokenize);
        for (String f : List.of("lgl.xml", "GeoWebNews_GWN.xml", "GeoVirus.xml")) {
            Path p = dir.resolve(f);
            if (!Files.exists(p)) continue;
            List<PlaceEval.Item> items = new ArrayList<>(), found = new ArrayList<>();
            System.out.println(eval.evaluate(GeoparsingCorpus.read(p), items, found).summary());
            // -De2e=true: list the found mentions' errors (what the end-to-end figures count) instead
            if (Boolean.getBoolean("e2e")) items = found;
            String dump = System.getProperty("dump");
            if (dump != null) {
                try (var w = java.nio.file.Files.newBufferedWriter(Path.of(dump + "-" + f + ".tsv"))) {
                    for (PlaceEval.Item i : items) {
                        var pl = i.resolved().place();
                        w.write(String.join("\t", i.docId(), i.gold().phrase(), String.valueOf(i.gold().latitude()),
                                String.valueOf(i.gold().longitude()), pl == null ? "-" : pl.name(), pl == null ? "-" : pl.iso2() + "/" + pl.admin1(),
                                pl == null ? "-" : pl.feature(), i.resolved().pass(), String.format("%.0f", i.errorKm())));
                        w.newLine();
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            items.stream().filter(i -> i.errorKm() > 161).sorted(Comparator.comparing(i -> i.gold().phrase()))
                    .limit(explain).forEach(i -> System.out.printf("   %s '%s' gold %.2f,%.2f -> %s (%s) %.0f km%n",
                            i.docId(), i.gold().phrase(), i.gold().latitude(), i.gold().longitude(),
                            i.resolved().place() == null ? "-" : i.resolved().place().name() + "/" + i.resolved().place().iso2()
                                    + "/" + i.resolved().place().feature(), i.resolved().pass(), i.errorKm()));
        }
    }
}
