package org.sitrep.eval.py;

/** A gold or system file that cannot be scored as given; the message names the file, line and field. */
public class EvalInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvalInputException(String message) {
        super(message);
    }

    public EvalInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
