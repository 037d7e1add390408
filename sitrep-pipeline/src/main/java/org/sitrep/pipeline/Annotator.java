package org.sitrep.pipeline;

import java.util.Set;

/** A stage that adds layers to a {@link Document}, declaring what it needs so a pipeline can be checked when built. */
public interface Annotator extends Stage<Document, Document> {
    Set<Layer> requires();

    Set<Layer> provides();
}
