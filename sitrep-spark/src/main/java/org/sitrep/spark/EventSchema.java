package org.sitrep.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema of an event: the event JSON of {@code sitrep extract} (ONTOLOGY.md fields, then sitrep's
 * additions) with real types, so Parquet readers get dates, numbers and nested evidence rather than strings.
 * Given explicitly rather than inferred: inference costs a pass over the data and guesses {@code string} for a
 * column that happens to be null everywhere in a small corpus.
 */
final class EventSchema {
    private EventSchema() {}

    static final StructType EVIDENCE = createStructType(List.of(
            createStructField("doc_id", StringType, true),
            createStructField("start", IntegerType, false),
            createStructField("end", IntegerType, false),
            createStructField("text", StringType, true)));

    static final StructType CLAIM = createStructType(List.of(
            createStructField("by", StringType, true),
            createStructField("doc_id", StringType, true),
            createStructField("start", IntegerType, false),
            createStructField("end", IntegerType, false),
            createStructField("stance", StringType, true),
            createStructField("detail", StringType, true)));

    static final StructType PROVENANCE = createStructType(List.of(
            createStructField("stage", StringType, true),
            createStructField("rule", StringType, true),
            createStructField("spans", createArrayType(createArrayType(IntegerType)), true)));

    static final StructType EVENT = createStructType(List.<StructField>of(
            createStructField("event_id", StringType, false),
            createStructField("doc_id", StringType, true),
            createStructField("event_date", DateType, true),
            createStructField("time_precision", IntegerType, true),
            createStructField("disorder_type", StringType, true),
            createStructField("event_type", StringType, true),
            createStructField("sub_event_type", StringType, true),
            createStructField("actor1", StringType, true),
            createStructField("assoc_actor_1", StringType, true),
            createStructField("inter1", IntegerType, true),
            createStructField("actor2", StringType, true),
            createStructField("assoc_actor_2", StringType, true),
            createStructField("inter2", IntegerType, true),
            createStructField("country", StringType, true),
            createStructField("iso3", StringType, true),
            createStructField("admin1", StringType, true),
            createStructField("admin2", StringType, true),
            createStructField("location", StringType, true),
            createStructField("latitude", DoubleType, true),
            createStructField("longitude", DoubleType, true),
            createStructField("geo_precision", IntegerType, true),
            createStructField("gazetteer_id", StringType, true),
            createStructField("fatalities", IntegerType, true),
            createStructField("source", StringType, true),
            createStructField("notes", StringType, true),
            createStructField("evidence", createArrayType(EVIDENCE), true),
            createStructField("claims", createArrayType(CLAIM), true),
            createStructField("articles", createArrayType(StringType), true),
            createStructField("disputed", BooleanType, true),
            createStructField("confidence", DoubleType, true),
            createStructField("actor1_iso2", StringType, true),
            createStructField("actor2_iso2", StringType, true),
            createStructField("provenance", createMapType(StringType, PROVENANCE), true)));
}
