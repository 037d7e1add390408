package org.sitrep.cli.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.geo.eval.GeoparsingCorpus;
import org.sitrep.geo.eval.PlaceEval;
import org.sitrep.geo.eval.SimpleTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep eval places [GOLD...]}: geocoding figures (EVAL.md) on LGL / GeoWebNews / GeoVirus XML gold:
 * accuracy@161km, within 10 km and median error of resolved gold mentions; mention recall and precision; and the
 * reference scorer's end-to-end figures. {@code sitrep eval places GOLD.jsonl PLACES.jsonl} prints score.py's own
 * places line for a 'sitrep places' output.
 */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Geocoding accuracy on geoparsing gold XML (LGL, GeoWebNews, GeoVirus), ACLED notes (--acled) or a UCDP GED export (--ucdp).")
public final class EvalPlacesCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "GOLD", description = "Gold XML files or a directory of them "
            + "(default: ../shared/eval/geoparsing-dev); or GOLD.jsonl (doc_id, start, end, lat, lon) and the PLACES.jsonl "
            + "that 'sitrep places' wrote, scored as score.py places does")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--explain", paramLabel = "N", defaultValue = "0",
            description = "List up to N gold mentions per set read more than 161 km off: first those the end-to-end "
                    + "figure counts (found mentions, as score.py pairs them), then gold spans resolved in context")
    int explain;

    @Option(names = "--acled", arity = "2", paramLabel = "FILE",
            description = "ACLED notes instead of XML gold: GOLD.csv (ACLED export) and NOTES.jsonl (id, text), e.g. "
                    + "--acled ../shared/eval/acled-notes-dev/gold.csv ../shared/eval/acled-notes-dev/notes.jsonl")
    List<Path> acled = new ArrayList<>();

    @Option(names = "--ucdp", paramLabel = "FILE",
            description = "A UCDP GED export instead (CSV): each distinct place of exact precision, in a one-sentence "
                    + "report as news writes it, against UCDP's point, e.g. --ucdp ../shared/eval/ucdp-ged-iraq/conflict_data_irq.csv")
    Path ucdp;

    @Mixin GazetteerOption gazetteer = new GazetteerOption();

    @Spec CommandSpec spec;

    @Override public Integer call() throws java.io.IOException {
        if (!acled.isEmpty()) return acled();
        if (ucdp != null) return ucdp();
        // "GOLD.jsonl PLACES.jsonl": the reference scorer's places mode on a 'sitrep places' output, same JSON line
        if (gold.size() == 2 && gold.stream().allMatch(p -> p.toString().endsWith(".jsonl"))) {
            for (Path p : gold) if (!Files.isRegularFile(p)) throw new IllegalArgumentException(p + " does not exist");
            spec.commandLine().getOut().println(org.sitrep.eval.PlacesScorer.score(gold.get(0), gold.get(1)).toJson());
            return 0;
        }
        List<Path> files = new ArrayList<>();
        List<Path> given = gold.isEmpty() ? List.of(Path.of("../shared/eval/geoparsing-dev")) : gold;
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) { s.filter(x -> x.toString().endsWith(".xml")).sorted().forEach(files::add); }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException(p + " does not exist: give gold XML files or their directory");
            }
        }
        if (files.isEmpty()) throw new IllegalArgumentException("no .xml gold files in " + given);
        PlaceEval eval = new PlaceEval(new PlaceAnnotator(gazetteer.load()), SimpleTokenizer::tokenize);
        var out = spec.commandLine().getOut();
        for (Path f : files) {
            List<PlaceEval.Item> items = new ArrayList<>(), found = new ArrayList<>();
            out.println(eval.evaluate(GeoparsingCorpus.read(f), items, found).summary());
            if (explain <= 0) continue;
            out.println("  end to end, found mentions read more than 161 km off:");
            listFarOff(found, out);
            out.println("  gold spans resolved in context more than 161 km off:");
            listFarOff(items, out);
        }
        return 0;
    }

    private void listFarOff(List<PlaceEval.Item> items, java.io.PrintWriter out) {
        items.stream().filter(i -> i.errorKm() > 161).sorted(Comparator.comparing(PlaceEval.Item::errorKm).reversed())
                .limit(explain).forEach(i -> out.printf("  %s %d '%s' gold %.3f,%.3f -> %s [%s] %.0f km%n", i.docId(),
                        i.gold().start(), i.gold().phrase(), i.gold().latitude(), i.gold().longitude(),
                        i.resolved().place() == null ? "unresolved" : i.resolved().place().gazetteerId() + " "
                                + i.resolved().place().name() + ", " + i.resolved().place().iso2(),
                        i.resolved().pass(), i.errorKm()));
    }

    /** UCDP GED: each distinct exactly located place, named in a short report, against UCDP's point. */
    private int ucdp() {
        if (!Files.isRegularFile(ucdp)) throw new IllegalArgumentException(ucdp + " does not exist: give a UCDP GED export (CSV)");
        var eval = new org.sitrep.geo.eval.UcdpPlaceEval(new PlaceAnnotator(gazetteer.load()), SimpleTokenizer::tokenize);
        List<org.sitrep.geo.eval.UcdpPlaceEval.Item> items = new ArrayList<>();
        var out = spec.commandLine().getOut();
        out.println(eval.evaluate(ucdp, items).summary());
        items.stream().filter(i -> i.errorKm() > 25).limit(explain).forEach(i -> out.printf("  %s, %s (%.3f,%.3f) -> %s%n",
                i.name(), i.province(), i.latitude(), i.longitude(), i.found() == null ? "not found"
                        : i.found().place() == null ? "'" + i.found().text() + "' unresolved [" + i.found().pass() + "]"
                        : String.format(java.util.Locale.ROOT, "'%s' %s / %s [%s] %.0f km", i.found().text(), i.found().place().name(),
                                i.found().place().admin1(), i.found().pass(), i.errorKm())));
        return 0;
    }

    /** ACLED notes: the main place of each note against the row's coordinates and admin1. */
    private int acled() throws java.io.IOException {
        Path goldCsv = acled.get(0), notesFile = acled.get(1);
        for (Path p : acled) if (!Files.isRegularFile(p))
            throw new IllegalArgumentException(p + " does not exist: give the ACLED gold.csv and notes.jsonl");
        java.util.Map<String, org.sitrep.model.Article> notes = new java.util.HashMap<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int lineNo = 0;
        for (String line : Files.readAllLines(notesFile)) {
            lineNo++;
            if (line.isBlank()) continue;
            try {
                com.fasterxml.jackson.databind.JsonNode j = json.readTree(line);
                com.fasterxml.jackson.databind.JsonNode id = j.has("id") ? j.get("id") : j.get("doc_id");
                // the source names the publisher, whose country is evidence for ambiguous names
                if (id != null && !id.asText().isBlank() && j.hasNonNull("text")) notes.put(id.asText(), new org.sitrep.model.Article(id.asText(), null,
                        j.get("text").asText(), null, j.hasNonNull("source") ? j.get("source").asText() : null,
                        j.hasNonNull("url") ? j.get("url").asText() : null, null, null));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(notesFile + ":" + lineNo + ": not JSON (" + e.getOriginalMessage() + ")", e);
            }
        }
        org.sitrep.geo.Gazetteer index = gazetteer.load();
        var eval = new org.sitrep.geo.eval.AcledPlaceEval(new PlaceAnnotator(index), SimpleTokenizer::tokenize, index);
        List<org.sitrep.geo.eval.AcledPlaceEval.Item> items = new ArrayList<>();
        var out = spec.commandLine().getOut();
        out.println(eval.evaluate(notes, org.sitrep.geo.eval.AcledPlaceEval.readGold(goldCsv), items).summary());
        items.stream().filter(i -> i.gold().geoPrecision() == 1 && i.errorKm() > 10).limit(explain).forEach(i -> out.printf(
                "  %s %s / %s (%.3f,%.3f) -> %s %.0f km%s%s%s%n", i.gold().id(), i.gold().location(), i.gold().admin1(),
                i.gold().latitude(), i.gold().longitude(), i.chosen().map(m -> "'" + m.text() + "' " + m.place().name()
                        + " / " + m.place().admin1() + ", " + m.place().iso2() + " [" + m.pass() + "]").orElse("no place"),
                i.errorKm(), i.admin1Ok() ? "" : " (admin1 differs)",
                i.anyWithin10() ? " (another mention within 10 km)" : "",
                i.gazetteerWithin10() ? i.nameWithin10() ? "" : " (no name of the note reads as a place within 10 km)"
                        : " (no gazetteer entry within 10 km)"));
        return 0;
    }
}
