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
            List<PlaceEval.Item> items = new ArrayList<>();
            System.out.println(eval.evaluate(GeoparsingCorpus.read(p), items).summary());
            items.stream().filter(i -> i.errorKm() > 161).sorted(Comparator.comparing(i -> i.gold().phrase()))
                    .limit(explain).forEach(i -> System.out.printf("   %s '%s' gold %.2f,%.2f -> %s (%s) %.0f km%n",
                            i.docId(), i.gold().phrase(), i.gold().latitude(), i.gold().longitude(),
                            i.resolved().place() == null ? "-" : i.resolved().place().name() + "/" + i.resolved().place().iso2()
                                    + "/" + i.resolved().place().feature(), i.resolved().pass(), i.errorKm()));
        }
    }
}
