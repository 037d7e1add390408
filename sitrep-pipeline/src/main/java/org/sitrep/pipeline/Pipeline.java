package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Failure;

/**
 * An ordered chain of annotators, checked when built: each annotator's required layers must be provided by an
 * earlier one. Running it on an article never throws for bad content: a stage failure becomes a {@link Failure}.
 */
public final class Pipeline {
    private final List<Annotator> annotators;
    private final StageMetrics metrics = new StageMetrics();

    private Pipeline(List<Annotator> annotators) { this.annotators = List.copyOf(annotators); }

    public static Builder builder() { return new Builder(); }

    public List<Annotator> annotators() { return annotators; }

    public StageMetrics metrics() { return metrics; }

    /** The outcome for one article: the annotated document, or the failure that stopped it, plus warnings. */
    public record Result(Document document, Failure failure, List<Failure> warnings) {
        public boolean ok() { return failure == null; }
    }

    public Result process(Article article) {
        StageContext ctx = new StageContext(article.id());
        Document doc = Document.of(article);
        for (Annotator a : annotators) {
            long t0 = System.nanoTime();
            try {
                doc = a.apply(doc, ctx);
            } catch (RuntimeException | StackOverflowError e) {
                metrics.failed(a.name());
                String msg = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                return new Result(null, new Failure(article.origin() != null ? article.origin() : article.id(), a.name(), msg),
                        ctx.warnings());
            } finally {
                metrics.record(a.name(), System.nanoTime() - t0);
            }
        }
        return new Result(doc, null, ctx.warnings());
    }

    public static final class Builder {
        private final List<Annotator> list = new ArrayList<>();

        public Builder add(Annotator a) {
            list.add(a);
            return this;
        }

        public Pipeline build() {
            Set<Layer> available = EnumSet.noneOf(Layer.class);
            for (Annotator a : list) {
                Set<Layer> missing = EnumSet.noneOf(Layer.class);
                missing.addAll(a.requires());
                missing.removeAll(available);
                if (!missing.isEmpty()) {
                    throw new PipelineException("stage '" + a.name() + "' requires " + missing
                            + " but no earlier stage provides it; add a stage that provides " + missing + " before it");
                }
                available.addAll(a.provides());
            }
            return new Pipeline(list);
        }
    }
}
