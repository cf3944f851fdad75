package org.activationlab.core.data;

import java.io.IOException;

/** A data file that is not what it should be; the message names the file and the problem. */
public class IdxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public IdxFormatException(String message) {
        super(message);
    }
}
