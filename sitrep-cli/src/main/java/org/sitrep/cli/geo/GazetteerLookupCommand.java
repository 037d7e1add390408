package org.sitrep.cli.geo;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.GeoPlace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep gazetteer lookup NAME...}: the places a name may refer to, as the place finder sees them (exact
 * readings first, then transliteration variants, each with its country, admin1, feature, population and
 * coordinates). Answers "does the gazetteer know this village, and under which governorate?" before a place is
 * blamed on disambiguation.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "List the gazetteer's readings of each name: exact ones first, then spelling variants.")
public final class GazetteerLookupCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "Place names as a text writes them (\"Kafr Nabudah\")")
    List<String> names;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N readings per name (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--country", paramLabel = "ISO2", description = "Only readings in this country (e.g. YE)")
    String country;

    @Mixin GazetteerOption gazetteer = new GazetteerOption();

    @Spec CommandSpec spec;

    @Override public Integer call() {
        if (limit < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        Gazetteer g = gazetteer.load();
        PrintWriter out = spec.commandLine().getOut();
        int none = 0;
        for (String name : names) {
            List<Gazetteer.Match> ms = g.match(name).stream()
                    .filter(m -> country == null || country.equalsIgnoreCase(m.place().iso2())).toList();
            out.printf("%s: %d reading%s%s%n", name, ms.size(), ms.size() == 1 ? "" : "s",
                    ms.size() > limit ? " (first " + limit + ")" : "");
            if (ms.isEmpty()) none++;
            for (Gazetteer.Match m : ms.subList(0, Math.min(limit, ms.size()))) {
                GeoPlace p = m.place();
                out.printf(Locale.ROOT, "  %-7s %-22s %-28s %-9s %-24s %-3s %9.4f %9.4f %,11d%n", m.exact() ? "exact" : "variant",
                        p.gazetteerId(), p.name(), p.feature(), p.admin1() == null ? "-" : p.admin1(),
                        p.iso2() == null ? "-" : p.iso2(), p.latitude(), p.longitude(), p.population());
            }
        }
        out.flush();
        // (an exit code a script can test: 1 when some name has no reading at all)
        return none == 0 ? 0 : 1;
    }
}
