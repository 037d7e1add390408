package org.sitrep.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: fails on anything a conforming writer would not produce. */
final class Csv {
    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean atCellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atCellStart && c == '"') {
                i++;
                while (true) {
                    if (i >= n) throw new IllegalArgumentException("unterminated quoted field");
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
                atCellStart = false;
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after closing quote at " + i);
                }
                continue;
            }
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= n || text.charAt(i + 1) != '\n') throw new IllegalArgumentException("bare CR at " + i);
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atCellStart = true;
                i += 2;
            } else if (c == '\n' || c == '"') {
                throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
            } else {
                cell.append(c);
                atCellStart = false;
                i++;
            }
        }
        if (!row.isEmpty() || cell.length() > 0) throw new IllegalArgumentException("last row lacks CRLF");
        return rows;
    }
}
