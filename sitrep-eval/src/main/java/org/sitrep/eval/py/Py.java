package org.sitrep.eval.py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Python value semantics for the few operations the reference scorer relies on.
 *
 * <p>Values are the Java images of what Python's {@code json.loads} returns: {@code null} (None), {@link Boolean},
 * {@link BigInteger} (int), {@link Double} (float), {@link String}, {@link List} and {@link Map}. The scorers must
 * agree with score.py to the last digit, so equality, truthiness, {@code str()}, {@code float()}, {@code int()} and
 * {@code round()} follow CPython's rules here rather than Java's.
 */
public final class Py {
    private Py() {}

    /** Python {@code a == b} for JSON-shaped values (bool is an int; int and float compare exactly). */
    public static boolean eq(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (isNumber(a) && isNumber(b)) return numEq(a, b);
        if (a instanceof String sa && b instanceof String sb) return sa.equals(sb);
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) return false;
            for (int i = 0; i < la.size(); i++) if (!eq(la.get(i), lb.get(i))) return false;
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) return false;
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !eq(e.getValue(), mb.get(e.getKey()))) return false;
            }
            return true;
        }
        return false;
    }

    private static boolean isNumber(Object o) {
        return o instanceof Boolean || o instanceof BigInteger || o instanceof Double;
    }

    private static boolean numEq(Object a, Object b) {
        if (a instanceof Double da && b instanceof Double db) return da.doubleValue() == db.doubleValue();
        if (a instanceof Double da) return doubleEqInt(da, toBigInteger(b));
        if (b instanceof Double db) return doubleEqInt(db, toBigInteger(a));
        return toBigInteger(a).equals(toBigInteger(b));
    }

    private static boolean doubleEqInt(double d, BigInteger i) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return false;
        return new BigDecimal(d).compareTo(new BigDecimal(i)) == 0;
    }

    private static BigInteger toBigInteger(Object o) {
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        return (BigInteger) o;
    }

    /** Python {@code bool(x)}. */
    public static boolean truthy(Object o) {
        if (o == null) return false;
        if (o instanceof Boolean b) return b;
        if (o instanceof BigInteger i) return i.signum() != 0;
        if (o instanceof Double d) return d != 0.0;
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof List<?> l) return !l.isEmpty();
        if (o instanceof Map<?, ?> m) return !m.isEmpty();
        return true;
    }

    /** Python {@code x or fallback}. */
    public static Object or(Object x, Object fallback) {
        return truthy(x) ? x : fallback;
    }

    /** Python {@code dict.get(key)} on a JSON object; a non-object is an error, as in Python. */
    public static Object get(Object dict, String key, String what) {
        if (dict instanceof Map<?, ?> m) return m.get(key);
        throw new EvalInputException(what + " is not a JSON object (got " + typeName(dict) + ")");
    }

    /** Python {@code dict[key]}: a missing key is an error naming what is missing. */
    public static Object require(Map<String, Object> dict, String key, String what) {
        if (!dict.containsKey(key)) throw new EvalInputException(what + " has no \"" + key + "\" field");
        return dict.get(key);
    }

    public static String typeName(Object o) {
        if (o == null) return "null";
        if (o instanceof Boolean) return "bool";
        if (o instanceof BigInteger) return "int";
        if (o instanceof Double) return "float";
        if (o instanceof String) return "str";
        if (o instanceof List<?>) return "list";
        if (o instanceof Map<?, ?>) return "dict";
        return o.getClass().getSimpleName();
    }

    /** Python {@code str(x)}. */
    public static String str(Object o) {
        if (o instanceof String s) return s;
        return repr(o);
    }

    /** Python {@code repr(x)} (strings quoted the way CPython does for ordinary text). */
    public static String repr(Object o) {
        if (o == null) return "None";
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof BigInteger i) return i.toString();
        if (o instanceof Double d) return floatRepr(d);
        if (o instanceof String s) {
            char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder b = new StringBuilder().append(q);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == q || c == '\\') b.append('\\').append(c);
                else if (c == '\n') b.append("\\n");
                else if (c == '\r') b.append("\\r");
                else if (c == '\t') b.append("\\t");
                else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
                else b.append(c);
            }
            return b.append(q).toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) b.append(i == 0 ? "" : ", ").append(repr(l.get(i)));
            return b.append(']').toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                first = false;
            }
            return b.append('}').toString();
        }
        return o.toString();
    }

    /** CPython {@code float.__repr__}: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0.0) return (1 / d < 0) ? "-0.0" : "0.0";
        // Java's Double.toString gives the shortest uniquely-identifying decimal (JDK 19+), as repr does
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.digits * 10^decpt
        String sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
            if (decpt >= digits.length()) return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
            return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        int exp = decpt - 1;
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String e = String.valueOf(Math.abs(exp));
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** Python {@code round(x, ndigits)} for a float: exact binary value rounded half-even. */
    public static double round(double x, int ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return x;
        return new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INT = Pattern.compile("[+-]?\\d(?:_?\\d)*");

    /** Python {@code float(s)} on a string; empty when Python would raise ValueError. */
    public static Optional<Double> parseFloat(String s) {
        String t = asciiDigits(strip(s));
        if (SPECIAL.matcher(t).matches()) {
            boolean neg = t.startsWith("-");
            String w = t.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
            if (w.equals("nan")) return Optional.of(Double.NaN);
            return Optional.of(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (!FLOAT.matcher(t).matches()) return Optional.empty();
        return Optional.of(Double.parseDouble(t.replace("_", "")));
    }

    /** score.py {@code fl(x)}: float(x), or empty where Python raises TypeError or ValueError. */
    public static Optional<Double> fl(Object x) {
        if (x == null || x instanceof List<?> || x instanceof Map<?, ?>) return Optional.empty();
        if (x instanceof Boolean b) return Optional.of(b ? 1.0 : 0.0);
        if (x instanceof BigInteger i) {
            double d = i.doubleValue();
            if (Double.isInfinite(d)) throw new EvalInputException("integer too large to convert to float: " + i);
            return Optional.of(d);
        }
        if (x instanceof Double d) return Optional.of(d);
        return parseFloat((String) x);
    }

    /** Python {@code float(s)} where a bad value is an error (score.py crashes there; we say why). */
    public static double floatOf(String s, String what) {
        if (s == null) throw new EvalInputException(what + " is missing");
        return parseFloat(s).orElseThrow(() -> new EvalInputException(what + " is not a number: " + repr(s)));
    }

    /** Python {@code int(x)}: floats truncate toward zero, strings must be decimal integers. */
    public static BigInteger toInt(Object x, String what) {
        if (x instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        if (x instanceof BigInteger i) return i;
        if (x instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new EvalInputException(what + " cannot be an integer: " + floatRepr(d));
            return new BigDecimal(d).toBigInteger();
        }
        if (x instanceof String s) {
            String t = asciiDigits(strip(s));
            if (!INT.matcher(t).matches()) throw new EvalInputException(what + " is not an integer: " + repr(s));
            return new BigInteger(t.replace("_", ""));
        }
        throw new EvalInputException(what + " is not a number (got " + typeName(x) + ")");
    }

    /** Python's {@code str.isspace()} per character. */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** Python {@code str.strip()} with no arguments. */
    public static String strip(String s) {
        int b = 0, e = s.length();
        while (b < e && isSpace(s.charAt(b))) b++;
        while (e > b && isSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    /** Python accepts any Unicode decimal digit in float()/int(); map them to ASCII first. */
    private static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (b == null) b = new StringBuilder(s.substring(0, i));
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Python's ordering of str: by code point (Java's compareTo orders by UTF-16 unit). */
    public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /** Python {@code a < b} for the values used as event ids (str with str, numbers with numbers). */
    public static int compare(Object a, Object b, String what) {
        if (a instanceof String sa && b instanceof String sb) return CODE_POINT_ORDER.compare(sa, sb);
        if (isNumber(a) && isNumber(b)) {
            BigDecimal x = a instanceof Double da ? new BigDecimal(da) : new BigDecimal(toBigInteger(a));
            BigDecimal y = b instanceof Double db ? new BigDecimal(db) : new BigDecimal(toBigInteger(b));
            return x.compareTo(y);
        }
        throw new EvalInputException(what + ": cannot order " + typeName(a) + " and " + typeName(b));
    }
}
