package org.sitrep.cli.watch;

/**
 * What a watch has done so far. Freshness is the time from an article's arrival (its file's last change, or the
 * moment its feed was fetched) to its events being committed to the store, where the API reads them.
 *
 * @param articles         new articles processed
 * @param skipped          articles skipped because their content hash was already in the store
 * @param events           events written
 * @param failed           rejected inputs and failed articles (recorded in the store's failure list)
 * @param lastFreshnessMs  worst freshness of the last batch, in milliseconds
 * @param maxFreshnessMs   worst freshness seen, in milliseconds
 * @param seconds          time watched
 */
public record WatchStats(long articles, long skipped, long events, long failed, long lastFreshnessMs,
                         long maxFreshnessMs, double seconds) {
    static final WatchStats NONE = new WatchStats(0, 0, 0, 0, 0, 0, 0);

    public double articlesPerSecond() { return seconds > 0 ? articles / seconds : 0; }
}
