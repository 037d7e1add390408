package org.sitrep.model;

/**
 * Reported speech: what was said and who said it.
 *
 * @param content       span of the quoted or reported content
 * @param speakerSpan   span naming the speaker, or null when none was found
 * @param speaker       normalised speaker name ("Syrian Observatory for Human Rights", "a Syrian security source")
 * @param direct        true for text inside quotation marks
 */
public record Quote(Span content, Span speakerSpan, String speaker, boolean direct) {
}
