package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Failure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where articles, their raw input, events and failures are kept: the one repository interface behind the CLI,
 * the REST API and the exports. Implementations: the embedded {@code SqliteEventStore} (default) and a
 * PostgreSQL store; both pass the same contract test suite ({@code EventStoreContract} in this module's test-jar).
 *
 * <p>Implementations are thread-safe: a multi-threaded batch may call the write methods concurrently, and the
 * server reads while a batch writes. Errors surface as {@link StoreException} with a message naming the store
 * and the operation.
 */
public interface EventStore extends AutoCloseable {

    // ---- articles and raw input -------------------------------------------------------------------------

    /**
     * Keeps an article and its raw input record (the exact line / file content it was read from, so any run can
     * be replayed). The raw input is stored under its content hash: {@link Article#contentHash()} when set,
     * else the SHA-256 (hex) of {@code raw}. Idempotent: putting the same article again changes nothing; putting
     * a different version under the same id replaces the article (the older raw input is kept).
     *
     * @param raw the raw input record; when null, the article text stands in for it
     */
    void putArticle(Article article, String raw);

    Optional<Article> article(String id);

    /** Articles by id, {@code limit} at most, skipping {@code offset}. */
    List<Article> articles(int limit, int offset);

    /** True when raw input with this content hash is already kept (lets a batch skip inputs it has seen). */
    boolean hasContentHash(String contentHash);

    /** The raw input record kept under a content hash. */
    Optional<String> rawInput(String contentHash);

    // ---- events -----------------------------------------------------------------------------------------

    /**
     * Replaces the events extracted from one document with {@code events}, in one transaction. Re-running the
     * same input therefore leaves exactly the same events (same ids, no duplicates); an empty list removes the
     * document's events. Event ids are unique across the store: an event whose id already belongs to another
     * document moves to this one.
     *
     * @throws IllegalArgumentException when an event has no id
     */
    void putEvents(String docId, List<Event> events);

    /**
     * {@link #putEvents(String, List)} for many documents at once (bulk loads such as the demo corpus); an
     * implementation may use fewer transactions. Each document is replaced as a unit; when one document fails
     * the exception says which, and documents already stored stay stored.
     */
    default void putEvents(Map<String, List<Event>> eventsByDocument) {
        eventsByDocument.forEach(this::putEvents);
    }

    Optional<Event> event(String id);

    /** Events matching the query, in its order, honouring limit and offset. */
    List<Event> events(EventQuery query);

    /**
     * Streams matching events to {@code sink} without holding them all in memory (for exports of any size).
     * The sink must not call back into the store's write methods.
     */
    void forEachEvent(EventQuery query, Consumer<Event> sink);

    /**
     * Streams matching events as their stored {@link org.sitrep.export.EventJson} text, one object per call,
     * without parsing them (the fast path for API pages and JSONL exports).
     */
    default void forEachEventJson(EventQuery query, Consumer<String> sink) {
        forEachEvent(query, e -> sink.accept(org.sitrep.export.EventJson.toJson(e)));
    }

    /** Number of matching events (limit, offset and order ignored). */
    long countEvents(EventQuery query);

    /** Matching events per event type label, most frequent first. */
    Map<String, Long> countByEventType(EventQuery query);

    /** Matching events per admin1 (events without admin1 are not counted here), most frequent first. */
    Map<String, Long> countByAdmin1(EventQuery query);

    /** Matching events per actor (actor1 or actor2; an event counts once per distinct actor), most frequent first. */
    Map<String, Long> countByActor(EventQuery query);

    /** Matching dated events per day and event type, by day then type (the timeline). */
    List<DayTypeCount> countByDayAndType(EventQuery query);

    /** The {@code n} matching events with the most fatalities (ties: latest first, then by id). */
    List<Event> deadliest(int n, EventQuery query);

    // ---- quarantine ----------------------------------------------------------------------------------------

    /** Records a failed input or stage. The same (origin, stage, reason) recorded again is kept once. */
    void recordFailure(Failure failure);

    /** Recorded failures, oldest first. */
    List<Failure> failures();

    // ---- housekeeping -----------------------------------------------------------------------------------

    StoreStats stats();

    /** Releases connections; further calls fail. Calling it again does nothing. */
    @Override
    void close();
}
