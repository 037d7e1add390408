package org.sitrep.pipeline;

/** A pipeline that cannot be built as configured; the message says what to add or change. */
public class PipelineException extends RuntimeException {
    public PipelineException(String message) { super(message); }
}
