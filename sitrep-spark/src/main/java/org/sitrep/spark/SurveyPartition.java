package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.extract.StandardPipeline;
import org.sitrep.geo.OutletLocales;

/**
 * The first pass of a job over one partition of JSONL lines: where the partition's articles say their outlets are
 * at home, as one {@link OutletLocales.Survey}; the driver merges the partitions' surveys and broadcasts the result to
 * {@link ExtractPartition}, as {@code sitrep extract} surveys its batch before extracting. Rejected lines are left to
 * the extraction pass, which reports them.
 */
final class SurveyPartition implements FlatMapFunction<Iterator<String>, OutletLocales.Survey> {
    private static final long serialVersionUID = 1L;

    private final int chunkLines;

    SurveyPartition(int chunkLines) {
        if (chunkLines < 1) throw new IllegalArgumentException("chunk size must be at least 1 line, was " + chunkLines);
        this.chunkLines = chunkLines;
    }

    @Override public Iterator<OutletLocales.Survey> call(Iterator<String> lines) {
        OutletLocales.Survey survey = new OutletLocales.Survey();
        List<String> chunk = new ArrayList<>(chunkLines);
        while (lines.hasNext()) {
            String line = lines.next();
            if (!line.isBlank()) chunk.add(line);
            if (chunk.size() == chunkLines || !lines.hasNext()) {
                survey.merge(StandardPipeline.surveyOutlets(PipelineHolder.resources(),
                        ExtractPartition.ingest(chunk, bad -> { }).iterator(), 1));
                chunk = new ArrayList<>(chunkLines);
            }
        }
        return List.of(survey).iterator();
    }
}
