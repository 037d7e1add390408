package org.sitrep.eval.py;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code csv.DictReader(open(path, encoding="utf-8"), delimiter=...)} with the default excel dialect
 * (quote {@code "}, doubled quotes, not strict). The state machine follows CPython's {@code _csv.c} so that odd
 * quoting is read the same way by both scorers.
 */
public final class PyCsv {
    private PyCsv() {}

    private enum State { START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL }

    /** Rows of a CSV file as dicts keyed by the header; missing trailing fields map to {@code null}. */
    public static List<Map<String, String>> readDicts(Path path, char delimiter) throws IOException {
        List<List<String>> rows = readRows(PyText.read(path), delimiter, path.toString());
        List<Map<String, String>> out = new ArrayList<>();
        if (rows.isEmpty()) return out;
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.isEmpty()) continue; // DictReader skips blank rows
            Map<String, String> d = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(header.size(), row.size()); i++) d.put(header.get(i), row.get(i));
            for (int i = row.size(); i < header.size(); i++) d.put(header.get(i), null);
            out.add(d);
        }
        return out;
    }

    /** All records, blank lines as empty records (as csv.reader yields them). */
    public static List<List<String>> readRows(String text, char delim, String where) {
        List<List<String>> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        State state = State.START_RECORD;
        int lineNo = 0;
        for (String line : PyText.linesKeepEnds(text)) {
            lineNo++;
            // each character of the line, then an end-of-line marker (-1), as _csv.c's parse_process_char sees it
            for (int i = 0; i <= line.length(); i++) {
                int c = i < line.length() ? line.charAt(i) : -1;
                boolean nl = c == '\n' || c == '\r';
                switch (state) {
                    case START_RECORD -> {
                        if (c == -1) { /* empty line: an empty record */ }
                        else if (nl) state = State.EAT_CRNL;
                        else state = startField(c, nl, delim, fields, field);
                    }
                    case START_FIELD -> state = startField(c, nl, delim, fields, field);
                    case IN_FIELD -> {
                        if (nl || c == -1) {
                            fields.add(field.toString()); field.setLength(0);
                            state = c == -1 ? State.START_RECORD : State.EAT_CRNL;
                        } else if (c == delim) {
                            fields.add(field.toString()); field.setLength(0);
                            state = State.START_FIELD;
                        } else field.append((char) c);
                    }
                    case IN_QUOTED_FIELD -> {
                        if (c == -1) { /* the field goes on over the line break */ }
                        else if (c == '"') state = State.QUOTE_IN_QUOTED_FIELD;
                        else field.append((char) c);
                    }
                    case QUOTE_IN_QUOTED_FIELD -> {
                        if (c == '"') { field.append('"'); state = State.IN_QUOTED_FIELD; }
                        else if (c == delim) { fields.add(field.toString()); field.setLength(0); state = State.START_FIELD; }
                        else if (nl || c == -1) {
                            fields.add(field.toString()); field.setLength(0);
                            state = c == -1 ? State.START_RECORD : State.EAT_CRNL;
                        } else { field.append((char) c); state = State.IN_FIELD; }
                    }
                    case EAT_CRNL -> {
                        if (nl) { /* skip */ }
                        else if (c == -1) state = State.START_RECORD;
                        else throw new EvalInputException(where + " line " + lineNo + ": new-line character seen in unquoted field");
                    }
                }
            }
            // a record ends where a line ends in START_RECORD state (a blank line gives an empty record)
            if (state == State.START_RECORD) {
                rows.add(fields);
                fields = new ArrayList<>();
            }
        }
        // end of data inside a record: CPython (not strict) saves the open field and returns the record
        if (state != State.START_RECORD && state != State.EAT_CRNL
                && (field.length() > 0 || state == State.IN_QUOTED_FIELD)) {
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }

    private static State startField(int c, boolean nl, char delim, List<String> fields, StringBuilder field) {
        if (nl || c == -1) {
            fields.add(field.toString()); field.setLength(0);
            return c == -1 ? State.START_RECORD : State.EAT_CRNL;
        }
        if (c == '"') return State.IN_QUOTED_FIELD;
        if (c == delim) { fields.add(field.toString()); field.setLength(0); return State.START_FIELD; }
        field.append((char) c);
        return State.IN_FIELD;
    }
}
