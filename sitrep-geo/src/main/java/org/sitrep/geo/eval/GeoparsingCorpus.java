package org.sitrep.geo.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.geo.GazetteerFormatException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the geoparsing gold formats: LGL ({@code <toponym><start><end><phrase><gaztag><lat><lon>}), GeoWebNews
 * ({@code <toponym><extractedName><start><end><latitude><longitude>}, non-locational ones dropped) and GeoVirus
 * ({@code <location><name><start><end><lat><lon>}). Gold offsets are not always exact (GeoVirus is off by one,
 * some LGL offsets drift): each mention is aligned to the occurrence of its phrase nearest the given offset.
 */
public final class GeoparsingCorpus {
    /** How far (characters) from the gold offset a phrase is looked for. */
    static final int ALIGN_WINDOW = 60;

    public record Loaded(String name, List<GoldArticle> articles, int unaligned) {}

    private GeoparsingCorpus() {}

    public static Loaded read(Path file) {
        org.w3c.dom.Document xml = parse(file);
        List<GoldArticle> out = new ArrayList<>();
        int unaligned = 0;
        NodeList arts = xml.getElementsByTagName("article");
        for (int a = 0; a < arts.getLength(); a++) {
            Element art = (Element) arts.item(a);
            String id = art.hasAttribute("docid") ? art.getAttribute("docid")
                    : art.hasAttribute("file") ? art.getAttribute("file") : String.valueOf(a);
            String text = childText(art, "text");
            if (text == null) continue;
            List<GoldToponym> tops = new ArrayList<>();
            for (String tag : List.of("toponym", "location")) {
                NodeList ts = art.getElementsByTagName(tag);
                for (int i = 0; i < ts.getLength(); i++) {
                    Element t = (Element) ts.item(i);
                    if ("Yes".equalsIgnoreCase(childText(t, "nonLocational"))) continue;
                    String phrase = firstNonNull(childText(t, "phrase"), childText(t, "extractedName"), childText(t, "name"));
                    String s = childText(t, "start"), e = childText(t, "end");
                    if (phrase == null || s == null || e == null || phrase.isBlank()) continue;
                    double lat = num(firstNonNull(childText(t, "lat"), childText(t, "latitude")));
                    double lon = num(firstNonNull(childText(t, "lon"), childText(t, "longitude")));
                    int at = align(text, phrase, Integer.parseInt(s.strip()));
                    if (at < 0) { unaligned++; continue; }
                    tops.add(new GoldToponym(at, at + phrase.length(), phrase, lat, lon));
                }
            }
            // the address (LGL <url>, GeoWebNews <link>) names the publisher, as a feed's item link does
            out.add(new GoldArticle(id, text, firstNonNull(childText(art, "url"), childText(art, "link")), tops));
        }
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        return new Loaded(name, out, unaligned);
    }

    /** Start of the occurrence of phrase nearest to offset, within the window; -1 when there is none. */
    static int align(String text, String phrase, int offset) {
        int best = -1;
        int from = Math.max(0, offset - ALIGN_WINDOW);
        int idx = text.indexOf(phrase, from);
        while (idx >= 0 && idx <= offset + ALIGN_WINDOW) {
            if (best < 0 || Math.abs(idx - offset) < Math.abs(best - offset)) best = idx;
            idx = text.indexOf(phrase, idx + 1);
        }
        return best;
    }

    private static org.w3c.dom.Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new GazetteerFormatException("cannot read geoparsing gold " + file + ": " + e.getMessage(), e);
        }
    }

    /** Text of the first direct child element with this tag, or null. */
    private static String childText(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) return e.getTextContent();
        }
        // gaztag nests lat/lon one level down in LGL
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("gaztag")) {
                for (Node m = e.getFirstChild(); m != null; m = m.getNextSibling())
                    if (m instanceof Element g && g.getTagName().equals(tag)) return g.getTextContent();
            }
        }
        return null;
    }

    private static String firstNonNull(String... xs) {
        for (String x : xs) if (x != null && !x.isBlank()) return x;
        return null;
    }

    private static double num(String s) {
        if (s == null || s.isBlank()) return Double.NaN;
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
