package org.sitrep.model;

/**
 * Who says so: a source's account of an event, with the span of the sentence that carries it.
 *
 * @param by      normalised speaker ("Syrian Observatory for Human Rights", "Military Forces of Russia"), or the
 *                outlet when the article states it in its own voice
 * @param detail  what this source says that matters for the event (e.g. "target: Islamic State"), or null
 */
public record Claim(String by, String docId, int start, int end, Stance stance, String detail) {
}
