package org.sitrep.geo.tools;

import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceAnnotator;
import org.sitrep.geo.TestDocs;
import org.sitrep.model.PlaceMention;

/** Prints the place mentions of each argument text: a quick look while tuning. */
public final class Try {
    private Try() {}

    public static void main(String[] args) {
        Gazetteer g = Gazetteer.loadDefault();
        PlaceAnnotator a = new PlaceAnnotator(g);
        for (String text : args) {
            System.out.println("== " + text);
            for (PlaceMention m : a.annotate(Boolean.getBoolean("simple") ? org.sitrep.geo.eval.SimpleTokenizer.tokenize(new org.sitrep.model.Article("t", null, text, null, null, null, null, null)) : TestDocs.doc(text))) {
                System.out.println("  " + m.text() + " -> " + (m.place() == null ? "-" : m.place().gazetteerId() + " "
                        + m.place().name() + " [" + m.place().feature() + ", " + m.place().admin1() + ", " + m.place().iso2()
                        + " " + m.place().latitude() + "," + m.place().longitude() + "]") + " pass=" + m.pass() + " prec=" + m.precision());
            }
        }
    }
}
