package org.modalis.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers (and a crash) only ever see the old file or the complete new one: the
 * bytes go to a hidden temporary file in the target's directory ({@code .name.tmp-<random>}; the same
 * directory, hence the same file system, so the final rename is a metadata operation), which is forced
 * to the storage device and then renamed onto the target with {@code ATOMIC_MOVE} (POSIX rename(2)).
 * Where the file system cannot move atomically, it falls back to {@code REPLACE_EXISTING}. If the body
 * or any step fails, the temporary file is deleted and the target is left untouched.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically with the bytes {@code body} streams into the (buffered) stream it
     * is given. The directory must exist. I/O failures propagate unchanged as {@link IOException};
     * {@link OutputDirectory} turns those that are the user's into a readable message.
     */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = createTemporary(dir, "." + abs.getFileName() + ".tmp-");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                body.accept(out);
                out.flush();
                ch.force(true); // data on disk before the rename makes it visible
            }
            move(tmp, abs);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Creates an empty temporary file with the default permissions (umask), unlike
     * {@code Files.createTempFile}, whose owner-only 0600 mode the rename would carry over to the output.
     */
    private static Path createTemporary(Path dir, String prefix) throws IOException {
        while (true) {
            Path tmp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException taken) {
                // a 64-bit random name collided: draw another
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
