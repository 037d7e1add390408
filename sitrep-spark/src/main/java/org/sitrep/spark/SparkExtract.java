package org.sitrep.spark;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.geo.OutletLocales;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep spark}: the standard pipeline over a JSONL corpus on Apache Spark. Reads local or any
 * Hadoop-compatible path (globs and folders too), runs the same two passes as {@code sitrep extract} (the outlets'
 * homes over the whole corpus, then the per-article pipeline in each partition), and writes {@code OUT/events.jsonl/} (part files; concatenated, the same lines the CLI writes),
 * {@code OUT/events.parquet/} and {@code OUT/failures.jsonl/} (rejected records and failed articles).
 *
 * <pre>
 * one machine:  scripts/spark --master 'local[2]' --in corpus.jsonl --out out/
 * a cluster:    spark-submit --class org.sitrep.spark.SparkExtract --master yarn --executor-memory 2g \
 *                 sitrep-spark/target/sitrep-spark-app.jar --in hdfs:///news/2015/*.jsonl --out hdfs:///sitrep/2015
 * </pre>
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Extract events from a JSONL corpus with Apache Spark; writes events as JSONL and Parquet."})
public final class SparkExtract implements Callable<Integer> {
    @Option(names = "--master", description = "Spark master, e.g. local[2] (default: from spark-submit, else local[*])")
    String master;

    @Option(names = "--in", required = true, paramLabel = "PATH", description = "JSONL input: file, folder or glob; local or hdfs://, s3a://, …")
    String in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (events.jsonl/, events.parquet/, failures.jsonl/)")
    String out;

    @Option(names = "--partitions", description = "repartition the input into N partitions (default: as read)")
    Integer partitions;

    @Option(names = "--chunk", description = "lines per pipeline chunk inside a partition (default: ${DEFAULT-VALUE})")
    int chunk = 500;

    @Option(names = "--overwrite", description = "replace existing output")
    boolean overwrite;

    /** Counts of one run. */
    public record Summary(long events, long failures, double seconds) {}

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new SparkExtract());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep spark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        System.exit(cl.execute(args));
    }

    @Override public Integer call() {
        SparkSession spark = session(master);
        try {
            Summary s = run(spark, in, out, partitions, chunk, overwrite);
            System.err.printf(Locale.ROOT, "sitrep spark: %d events, %d failed records in %.1f s -> %s%n",
                    s.events(), s.failures(), s.seconds(), out);
            return s.failures() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    /**
     * A session for {@code master}; a local master gets a loopback-only driver and no web UI (nothing listens on
     * the network, and it starts on machines whose host name does not resolve).
     */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("sitrep");
        String m = master;
        if (m == null && System.getProperty("spark.master") == null) m = "local[*]";
        if (m != null) b.master(m);
        if (m != null && m.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").config("spark.ui.enabled", "false");
        }
        return b.getOrCreate();
    }

    /** Runs the job; the outputs are written when it returns. */
    public static Summary run(SparkSession spark, String in, String out, Integer partitions, int chunk, boolean overwrite) {
        long t0 = System.nanoTime();
        Dataset<String> read = spark.read().textFile(in);
        int cores = spark.sparkContext().defaultParallelism();
        int n = partitions != null ? partitions : Math.max(2 * cores, read.rdd().getNumPartitions());
        Dedup dedup = Dedup.of(read);
        // the pipeline costs far more per line than this shuffle: spread the lines over every core
        Dataset<String> lines = dedup.unique().repartition(n).persist(StorageLevel.MEMORY_AND_DISK());
        // first pass: where each outlet is at home, from the whole corpus (see OutletLocales), sent to every executor
        OutletLocales outlets = lines.javaRDD().mapPartitions(new SurveyPartition(chunk))
                .fold(new OutletLocales.Survey(), OutletLocales.Survey::merge).result();
        Broadcast<OutletLocales> homes = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(outlets);
        // tagged lines, kept so the three outputs below run the pipeline once, not three times
        Dataset<String> tagged = lines.mapPartitions(new ExtractPartition(chunk, homes), Encoders.STRING())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<String> events = only(tagged, ExtractPartition.EVENT);
            Dataset<String> failures = only(tagged, ExtractPartition.FAILURE);
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            events.write().mode(mode).text(out + "/events.jsonl");
            spark.read().schema(EventSchema.EVENT).option("mode", "FAILFAST").json(events)
                    .write().mode(mode).parquet(out + "/events.parquet");
            Dataset<String> allFailures = dedup.duplicates().union(failures);
            allFailures.write().mode(mode).text(out + "/failures.jsonl");
            return new Summary(events.count(), allFailures.count(), (System.nanoTime() - t0) / 1e9);
        } finally {
            tagged.unpersist();
            lines.unpersist();
            homes.destroy();
        }
    }

    private static Dataset<String> only(Dataset<String> tagged, char tag) {
        return tagged.filter((FilterFunction<String>) s -> s.charAt(0) == tag)
                .map((MapFunction<String, String>) s -> s.substring(1), Encoders.STRING());
    }
}
