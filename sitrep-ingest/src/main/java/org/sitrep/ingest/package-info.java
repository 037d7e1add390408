/**
 * Ingest: inputs in, {@link org.sitrep.model.Article}s out, with every failure reported as data.
 *
 * <p>Entry point: {@link org.sitrep.ingest.ArticleSource} ({@code create(IngestOptions)}, {@code read(...)}),
 * which yields a lazy stream of {@link org.sitrep.ingest.IngestResult}: {@code Ingested(Article)} or
 * {@code Rejected(Failure)}. Options: {@link org.sitrep.ingest.IngestOptions}. Formats are chosen by extension
 * ({@link org.sitrep.ingest.InputKind}).
 *
 * <table>
 *   <caption>What each input becomes</caption>
 *   <tr><th>input</th><th>id</th><th>Article.text</th><th>published</th><th>contentHash</th></tr>
 *   <tr><td>.jsonl / .ndjson line</td><td>{@code id}</td><td>{@code text}</td><td>{@code published} (ISO)</td>
 *       <td>SHA-256 of the line's bytes</td></tr>
 *   <tr><td>.txt</td><td>file name</td><td>whole file</td><td>leading dateline, if any</td>
 *       <td>SHA-256 of the file</td></tr>
 *   <tr><td>.html / .htm</td><td>file name</td><td>extracted main text ({@link org.sitrep.ingest.HtmlExtractor})</td>
 *       <td>page metadata, else leading dateline</td><td>SHA-256 of the file</td></tr>
 *   <tr><td>RSS/Atom entry (file or http(s) URL)</td><td>{@code feed-} + hash of guid/link</td>
 *       <td>title + plain content</td><td>entry date (UTC)</td><td>SHA-256 of the entry's fields</td></tr>
 * </table>
 *
 * <p>Origins are "location:line". Failure stages: {@code ingest.file} (unreadable, empty, binary, too large,
 * unsupported type), {@code ingest.jsonl}, {@code ingest.txt}, {@code ingest.html}, {@code ingest.feed},
 * {@code ingest.dedup} (an id seen earlier in the same stream).
 */
package org.sitrep.ingest;
