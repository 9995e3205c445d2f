package org.modalis.io;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}: the body of an atomic write, which streams a file's
 * bytes into the {@link java.io.OutputStream} it is given.
 *
 * @param <T> what is consumed (usually an {@code OutputStream})
 */
@FunctionalInterface
public interface IOConsumer<T> {

    /** Consumes {@code t}, e.g. writes a file's bytes into it. */
    void accept(T t) throws IOException;
}
