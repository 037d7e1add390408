package org.sitrep.geo;

/** A gazetteer index or source file that cannot be read; the message names the file and what is wrong. */
public class GazetteerFormatException extends RuntimeException {
    public GazetteerFormatException(String message) { super(message); }

    public GazetteerFormatException(String message, Throwable cause) { super(message, cause); }
}
