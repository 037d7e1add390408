package org.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Stance;
import org.sitrep.store.DayTypeCount;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreStats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The read-only endpoints: events, one event, articles, actors, claims, statistics, health. */
final class ReadApi {
    static final int DEFAULT_PAGE = 100;

    private final EventStore store;
    private final ServerOptions options;

    ReadApi(EventStore store, ServerOptions options) {
        this.store = store;
        this.options = options;
    }

    /** GET /api/events: {total, limit, offset, items}; items are stored event records, not re-serialised. */
    void events(Context ctx) {
        EventQuery q = QueryParams.of(ctx.queryParamMap(), QueryParams.concat(QueryParams.FILTERS, QueryParams.PAGING))
                .eventQuery(DEFAULT_PAGE, options.maxPageSize());
        long total = store.countEvents(q);
        send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("total", total);
            g.writeNumberField("limit", q.limit());
            g.writeNumberField("offset", q.offset());
            g.writeArrayFieldStart("items");
            if (q.offset() < total && q.limit() > 0) {
                store.forEachEventJson(q, json -> raw(g, json));
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** GET /api/events/{id}: {event, dispute, articles:[{id, title, source, published, url, text}]}. */
    void event(Context ctx) {
        QueryParams.of(ctx.queryParamMap(), List.of()).check();
        String id = ctx.pathParam("id");
        Event e = store.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'"));
        List<Article> articles = new ArrayList<>();
        for (String docId : e.articles()) store.article(docId).ifPresent(articles::add);
        Optional<String> dispute = Disputes.describe(e);
        send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeFieldName("event");
            g.writeRawValue(EventJson.toJson(e));
            Json.stringOrNull(g, "dispute", dispute.orElse(null));
            g.writeArrayFieldStart("articles");
            for (Article a : articles) writeArticle(g, a, true);
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** GET /api/articles: {total, limit, offset, items} without texts. */
    void articles(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), List.of("limit", "offset"));
        int limit = p.integer("limit", DEFAULT_PAGE, 0, options.maxPageSize());
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        p.check();
        long total = store.stats().articles();
        List<Article> page = store.articles(limit, offset);
        send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("total", total);
            g.writeNumberField("limit", limit);
            g.writeNumberField("offset", offset);
            g.writeArrayFieldStart("items");
            for (Article a : page) writeArticle(g, a, false);
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** GET /api/articles/{id}: the article with its text and the ids of the events stored for it. */
    void article(Context ctx) {
        QueryParams.of(ctx.queryParamMap(), List.of()).check();
        String id = ctx.pathParam("id");
        Article a = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
        List<String> eventIds = new ArrayList<>();
        store.forEachEvent(EventQuery.all().withDocId(id).withOrder(EventQuery.Order.DATE_ASC), e -> eventIds.add(e.eventId()));
        send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            writeArticleFields(g, a, true);
            g.writeArrayFieldStart("event_ids");
            for (String e : eventIds) g.writeString(e);
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** GET /api/actors: actors of the matching events with their event counts, most frequent first. */
    void actors(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(), QueryParams.concat(QueryParams.FILTERS, List.of("limit")));
        int limit = p.integer("limit", DEFAULT_PAGE, 0, options.maxPageSize());
        EventQuery q = p.eventQuery(DEFAULT_PAGE, options.maxPageSize()).withLimit(EventQuery.NO_LIMIT);
        Map<String, Long> counts = store.countByActor(q);
        send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("total", counts.size());
            g.writeArrayFieldStart("items");
            int n = 0;
            for (Map.Entry<String, Long> c : counts.entrySet()) {
                if (n++ >= limit) break;
                g.writeStartObject();
                g.writeStringField("actor", c.getKey());
                g.writeNumberField("events", c.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /**
     * GET /api/claims: the claims of the matching events, flattened, each with its event and the claim's sentence.
     * Extra filters: {@code by} (substring of the claimant, case-insensitive) and {@code stance}.
     */
    void claims(Context ctx) {
        QueryParams p = QueryParams.of(ctx.queryParamMap(),
                QueryParams.concat(QueryParams.FILTERS, List.of("limit", "offset", "order", "by", "stance")));
        String by = p.string("by").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        Stance stance = p.choice("stance", Stance.class).orElse(null);
        EventQuery q = p.eventQuery(DEFAULT_PAGE, options.maxPageSize());
        int limit = q.limit();
        int offset = q.offset();
        record Found(Event event, Claim claim) {}
        // Claims are filtered inside events, so the store cannot page them: stream every matching event, count the
        // matching claims and keep only the requested page in memory.
        List<Found> page = new ArrayList<>();
        long[] total = {0};
        store.forEachEvent(q.withLimit(EventQuery.NO_LIMIT).withOffset(0), e -> {
            for (Claim c : e.claims()) {
                if (stance != null && c.stance() != stance) continue;
                if (by != null && (c.by() == null || !c.by().toLowerCase(Locale.ROOT).contains(by))) continue;
                long index = total[0]++;
                if (index >= offset && index < (long) offset + limit) page.add(new Found(e, c));
            }
        });
        Map<String, Optional<Article>> articles = new HashMap<>();
        send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("total", total[0]);
            g.writeNumberField("limit", limit);
            g.writeNumberField("offset", offset);
            g.writeArrayFieldStart("items");
            for (Found f : page) {
                Claim c = f.claim();
                Event e = f.event();
                g.writeStartObject();
                g.writeStringField("event_id", e.eventId());
                Json.stringOrNull(g, "event_date", e.eventDate() == null ? null : e.eventDate().toString());
                g.writeStringField("event_type", e.eventType().label());
                Json.stringOrNull(g, "location", e.location());
                g.writeBooleanField("disputed", e.disputed());
                Json.stringOrNull(g, "by", c.by());
                Json.stringOrNull(g, "stance", c.stance() == null ? null : c.stance().json());
                Json.stringOrNull(g, "detail", c.detail());
                Json.stringOrNull(g, "doc_id", c.docId());
                g.writeNumberField("start", c.start());
                g.writeNumberField("end", c.end());
                Optional<Article> a = c.docId() == null ? Optional.empty() : articles.computeIfAbsent(c.docId(), store::article);
                Json.stringOrNull(g, "text", a.map(art -> span(art.text(), c.start(), c.end())).orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** GET /api/stats: counts of the matching events per type, per admin1, and per day and type. */
    void stats(Context ctx) {
        EventQuery q = QueryParams.of(ctx.queryParamMap(), QueryParams.FILTERS).eventQuery(EventQuery.NO_LIMIT, EventQuery.NO_LIMIT);
        long total = store.countEvents(q);
        Map<String, Long> byType = store.countByEventType(q);
        Map<String, Long> byAdmin1 = store.countByAdmin1(q);
        List<DayTypeCount> byDay = store.countByDayAndType(q);
        StoreStats s = store.stats();
        send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("total", total);
            counts(g, "by_type", byType);
            counts(g, "by_admin1", byAdmin1);
            g.writeArrayFieldStart("by_day_type");
            for (DayTypeCount d : byDay) {
                g.writeStartObject();
                g.writeStringField("day", d.day().toString());
                g.writeStringField("event_type", d.eventType());
                g.writeNumberField("count", d.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("store");
            g.writeNumberField("articles", s.articles());
            g.writeNumberField("events", s.events());
            Json.stringOrNull(g, "first_event_date", s.firstEventDate().map(Object::toString).orElse(null));
            Json.stringOrNull(g, "last_event_date", s.lastEventDate().map(Object::toString).orElse(null));
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    /** GET /api/health: the store answers. Never names the store's file (that is the operator's business). */
    void health(Context ctx) {
        QueryParams.of(ctx.queryParamMap(), List.of()).check();
        StoreStats s = store.stats();
        send(ctx, Json.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ok");
            g.writeNumberField("events", s.events());
            g.writeNumberField("articles", s.articles());
            g.writeNumberField("schema_version", s.schemaVersion());
            g.writeBooleanField("ingest", options.token().isPresent());
            g.writeEndObject();
        }));
    }

    static void send(Context ctx, byte[] body) {
        ctx.contentType(Json.CONTENT_TYPE).result(body);
    }

    private static void raw(JsonGenerator g, String json) {
        try {
            g.writeRawValue(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void counts(JsonGenerator g, String field, Map<String, Long> counts) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Long> c : counts.entrySet()) g.writeNumberField(c.getKey(), c.getValue());
        g.writeEndObject();
    }

    private static void writeArticle(JsonGenerator g, Article a, boolean withText) throws IOException {
        g.writeStartObject();
        writeArticleFields(g, a, withText);
        g.writeEndObject();
    }

    private static void writeArticleFields(JsonGenerator g, Article a, boolean withText) throws IOException {
        g.writeStringField("id", a.id());
        Json.stringOrNull(g, "title", a.title());
        Json.stringOrNull(g, "source", a.source());
        Json.stringOrNull(g, "published", a.published() == null ? null : a.published().toString());
        Json.stringOrNull(g, "url", a.url());
        g.writeNumberField("length", a.text().length());
        if (withText) g.writeStringField("text", a.text());
    }

    /** The text of [start, end), clipped to the text (stored offsets are trusted, but never blindly). */
    private static String span(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return text.substring(s, e);
    }
}
