package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.actors.DonbasLine;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.GeoPlace;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Token;

/**
 * Fighting and shelling in Ukraine between the February 2015 ceasefire and the invasion of February 2022 happened
 * along the Donbas line of contact. Ceasefire-monitor reports name only a village ("explosions near Lozove"), and
 * village names recur all over Ukraine and Russia, so a bare village name that the gazetteer resolved by population
 * or focus country alone is read as its namesake nearest the line when one lies close to it. A name the text placed
 * itself ("Lozove, Kharkiv region") keeps its reading: only the weak default passes are reconsidered.
 */
final class FrontLineNamesake {
    /** Namesakes farther than this from the line are not where the fighting was. */
    static final double MAX_KM_FROM_LINE = 40;
    /** A namesake this close to the line is where the fighting was; another must be this much nearer to replace one. */
    static final double NEAR_LINE_KM = 5;
    /** Geocoding passes that chose by population or by country only, without context from the text. */
    private static final Set<String> WEAK_PASSES = Set.of("population", "focus-country", "focus-country-weak", "single-candidate");
    /**
     * Words that tie a text to the Donbas war when no place of it resolved to Ukraine: the OSCE Special Monitoring
     * Mission worked only in Ukraine, and the other words name the war zone itself.
     */
    private static final Set<String> DONBAS_WORDS = Set.of("smm", "donbas", "donbass", "dnr", "lnr", "dpr", "lpr");

    private FrontLineNamesake() {}

    /** True when the text is about Ukraine: its focus country, or a word that names the Donbas war. */
    static boolean aboutUkraine(GeoPlace focus, List<Token> tokens) {
        if (focus != null && "UA".equals(focus.iso2())) return true;
        for (Token t : tokens) if (DONBAS_WORDS.contains(t.norm())) return true;
        return false;
    }

    /**
     * The namesake of the mention's place nearest the line of contact, when the event is ground fighting or shelling
     * in the period of the line, the text is about Ukraine, the place was chosen without context and lies outside
     * Donetsk and Luhansk, and the namesake lies within {@value #MAX_KM_FROM_LINE} km of the line.
     */
    static Optional<GeoPlace> of(PlaceMention p, SubEventType type, LocalDate date, boolean aboutUkraine, Gazetteer gazetteer) {
        if (p == null || p.place() == null || !aboutUkraine || !DonbasLine.applies(date)) return Optional.empty();
        boolean fighting = switch (type.type()) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE -> type != SubEventType.AIR_DRONE_STRIKE;
            default -> false;
        };
        GeoPlace gp = p.place();
        if (!fighting || !WEAK_PASSES.contains(p.pass()) || "admin1".equals(gp.feature()) || "country".equals(gp.feature())) {
            return Optional.empty();
        }
        DonbasLine line = DonbasLine.loadDefault();
        // a namesake in Donetsk or Luhansk already gives way only to one nearer the line ("Petrovske" names villages
        // on both sides of the oblast border; a guess by country alone took the one farther from the fighting)
        boolean inDonbas = "UA".equals(gp.iso2()) && DonbasLine.inDonbasOblast(gp.admin1());
        double ownKm = inDonbas ? line.kmToLine(gp.latitude(), gp.longitude()) : Double.MAX_VALUE;
        if (inDonbas && (!p.pass().equals("focus-country-weak") || ownKm <= NEAR_LINE_KM)) return Optional.empty();
        GeoPlace best = null;
        double bestKm = Math.min(MAX_KM_FROM_LINE, ownKm - NEAR_LINE_KM);
        for (GeoPlace c : gazetteer.candidates(p.text())) {
            if (!"UA".equals(c.iso2()) || !DonbasLine.inDonbasOblast(c.admin1())) continue;
            if ("admin1".equals(c.feature()) || "country".equals(c.feature())) continue;
            double km = line.kmToLine(c.latitude(), c.longitude());
            if (km <= bestKm) { bestKm = km; best = c; }
        }
        return Optional.ofNullable(best);
    }
}
