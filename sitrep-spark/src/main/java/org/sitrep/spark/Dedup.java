package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The CLI's duplicate-id rule for a JSON Lines input over the whole corpus: of several records with one id, the
 * last in input order is read (a later record corrects an earlier one) and the others are reported. Done before partitions are spread over cores, since two copies of an id may
 * land in different partitions; records without a readable id pass through (the ingest code rejects them).
 */
record Dedup(Dataset<String> unique, Dataset<String> duplicates) {
    static Dedup of(Dataset<String> lines) {
        // ids increase with input order within and across the partitions as read
        Dataset<Row> ranked = lines.toDF("value")
                .withColumn("n", monotonically_increasing_id())
                .withColumn("id", get_json_object(col("value"), "$.id"))
                .withColumn("rank", row_number().over(Window.partitionBy(col("id")).orderBy(col("n").desc())));
        Dataset<String> unique = ranked.filter(col("id").isNull().or(col("rank").equalTo(1)))
                .select(col("value")).as(Encoders.STRING());
        Dataset<String> dups = ranked.filter(col("id").isNotNull().and(col("rank").gt(1)))
                .map((MapFunction<Row, String>) r -> duplicateJson(r.getAs("id"), r.getAs("value")), Encoders.STRING());
        return new Dedup(unique, dups);
    }

    static String duplicateJson(String id, String record) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("origin", "record " + (record.length() > 120 ? record.substring(0, 120) + "…" : record));
        n.put("stage", "ingest.dedup");
        n.put("reason", "id \"" + id + "\" occurs again later in the input; the last record of an id is the one read");
        return n.toString();
    }
}
