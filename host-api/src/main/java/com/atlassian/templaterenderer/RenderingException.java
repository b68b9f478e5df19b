// Source: github.com/mrdon/ATR api/src/main/java/com/atlassian/templaterenderer/RenderingException.java (public class extends RuntimeException; constructors (String, Throwable), (String), (Throwable))
package com.atlassian.templaterenderer;

/** Compile-only mirror of the renderer's failure; Cap only catches it. */
public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
