package org.sitrep.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A lazy sequence of results that may hold an open file; closing it releases the file. */
interface ResultCursor extends Iterator<IngestResult>, AutoCloseable {
    @Override void close();

    static ResultCursor of(List<IngestResult> results) {
        Iterator<IngestResult> it = results.iterator();
        return new ResultCursor() {
            @Override public boolean hasNext() { return it.hasNext(); }

            @Override public IngestResult next() { return it.next(); }

            @Override public void close() {}
        };
    }

    static ResultCursor of(IngestResult result) {
        return of(List.of(result));
    }

    /** A cursor made only when first asked for a result: work (a file open, an HTTP request) waits for the consumer. */
    static ResultCursor lazy(java.util.function.Supplier<ResultCursor> open) {
        return new ResultCursor() {
            private ResultCursor delegate;

            private ResultCursor delegate() {
                if (delegate == null) delegate = open.get();
                return delegate;
            }

            @Override public boolean hasNext() { return delegate().hasNext(); }

            @Override public IngestResult next() { return delegate().next(); }

            @Override public void close() {
                if (delegate != null) delegate.close();
            }
        };
    }

    /** Runs the cursors one after another, opening each only when the previous one is used up. */
    static ResultCursor concat(Iterator<ResultCursor> cursors) {
        return new ResultCursor() {
            private ResultCursor current;

            @Override public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    if (!cursors.hasNext()) return false;
                    current = cursors.next();
                }
                return true;
            }

            @Override public IngestResult next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }

            @Override public void close() {
                if (current != null) {
                    current.close();
                    current = null;
                }
            }
        };
    }
}
