package org.sitrep.eval;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.py.EvalInputException;
import org.sitrep.eval.py.Py;
import org.sitrep.eval.py.PyJson;

/**
 * Provenance integrity, a port of check_provenance.py: every event has evidence, and every evidence span names an
 * input article, lies inside its text and quotes it exactly (offsets in UTF-16 code units, as Java indexes).
 */
public final class ProvenanceCheck {
    private ProvenanceCheck() {}

    public static ProvenanceReport check(Path inputJsonl, Path eventsJsonl) throws IOException {
        Map<String, String> docs = new HashMap<>();
        for (PyJson.Line line : PyJson.loadLines(inputJsonl)) {
            String where = inputJsonl + " line " + line.number();
            if (!(line.value() instanceof Map<?, ?> a)) throw new EvalInputException(where + ": an article must be a JSON object");
            if (!a.containsKey("id")) throw new EvalInputException(where + ": article has no \"id\"");
            Object text = Py.or(a.get("text"), "");
            if (!(text instanceof String t)) throw new EvalInputException(where + ": article text must be a string");
            docs.put(Py.str(a.get("id")), t);
        }
        int n = 0, bad = 0, spans = 0;
        List<Object> examples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PyJson.Line line : PyJson.loadLines(eventsJsonl)) {
            String where = eventsJsonl + " line " + line.number();
            Object e = line.value();
            n++;
            Object evidence = Py.or(Py.get(e, "evidence", where), List.of());
            boolean ok = Py.truthy(evidence);
            String why = ok ? "" : "no evidence";
            for (Object s : SystemEvents.iter(evidence, where + " evidence")) {
                spans++;
                String doc = Py.str(Py.get(s, "doc_id", where + " evidence span"));
                String t = docs.get(doc);
                Object st = ((Map<?, ?>) s).get("start"), en = ((Map<?, ?>) s).get("end");
                if (t == null || !isInt(st) || !isInt(en)) {
                    ok = false;
                    why = t == null ? "unknown doc_id " + doc : "start/end not integers";
                    continue;
                }
                BigInteger a = toBig(st), b = toBig(en), len = BigInteger.valueOf(t.length());
                if (!(a.signum() >= 0 && a.compareTo(b) < 0 && b.compareTo(len) <= 0)) {
                    ok = false;
                    why = "span [" + a + ", " + b + ") outside the text of " + doc + " (length " + len + ")";
                    continue;
                }
                String quoted = replaceLoneSurrogates(t.substring(a.intValue(), b.intValue()));
                if (!Py.eq(quoted, ((Map<?, ?>) s).get("text"))) {
                    ok = false;
                    why = "text differs at [" + a + ", " + b + ") of " + doc + ": article has " + Py.repr(quoted);
                }
            }
            if (!ok) {
                bad++;
                Object id = ((Map<?, ?>) e).get("event_id");
                if (examples.size() < 3) examples.add(id);
                problems.add((id == null ? where : Py.str(id)) + ": " + why);
            }
        }
        Object share = n > 0 ? (Object) Py.round((double) (n - bad) / n, 4) : (Object) 0.0;
        return new ProvenanceReport(n, spans, bad, share, examples, problems);
    }

    /** Python's {@code isinstance(x, int)}: ints and bools. */
    private static boolean isInt(Object o) {
        return o instanceof BigInteger || o instanceof Boolean;
    }

    private static BigInteger toBig(Object o) {
        return o instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : (BigInteger) o;
    }

    /** Python decodes a cut surrogate pair with errors="replace": each lone surrogate becomes U+FFFD. */
    private static String replaceLoneSurrogates(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
