package org.modalis.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;

/**
 * The folder a run writes its outputs into. It creates the folder (and parents), writes each named file
 * atomically ({@link AtomicFiles}), and remembers, in order, which files it wrote so the CLI can list
 * them. Failures the user can fix — an unwritable or read-only location, a path that is a file, a full
 * disk or quota — become a {@link UserInputException} naming the path and the reason; anything else is
 * rethrown as {@link UncheckedIOException}. Not thread-safe: one run, one writer.
 */
public final class OutputDirectory {

    private final Path dir;
    private final List<Path> written = new ArrayList<>();

    private OutputDirectory(Path dir) {
        this.dir = dir;
    }

    /** Creates {@code dir} and its parents if needed. */
    public static OutputDirectory create(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw failure(abs, e);
        }
        return new OutputDirectory(abs);
    }

    /** The absolute folder. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes {@code name} (a relative path such as {@code image.png} or {@code slices/z012.png}, which must
     * stay inside the folder; subfolders are created) atomically with the bytes {@code body} streams.
     *
     * @return the absolute path written
     */
    public Path write(String name, IOConsumer<OutputStream> body) {
        Path target = resolve(name);
        try {
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, body);
        } catch (IOException e) {
            throw failure(target, e);
        }
        written.remove(target);
        written.add(target);
        return target;
    }

    /** The files written so far, in the order they were (last) written, as absolute paths. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    private Path resolve(String name) {
        Path rel = Path.of(name);
        Path target = dir.resolve(rel).normalize();
        if (name.isBlank() || rel.isAbsolute() || !target.startsWith(dir) || target.equals(dir)) {
            throw new UserInputException("output name '" + name + "' must be a file name inside " + dir);
        }
        return target;
    }

    /** Classifies an I/O failure: the user's (message with path and reason) or a system/code error. */
    static RuntimeException failure(Path path, IOException e) {
        String reason = reason(e);
        if (reason == null) {
            return new UncheckedIOException("writing " + path + " failed", e);
        }
        return new UserInputException("cannot write " + path + ": " + reason, path, 0, 0, null,
                "choose another output folder or free some space");
    }

    private static String reason(IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException) {
            return "permission denied" + on(e);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way of a folder" + on(e);
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder" + on(e);
        }
        if (msg.contains("No space left") || msg.contains("Disk quota") || msg.contains("Read-only file system")) {
            return msg.strip();
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + on(e);
        }
        return null;
    }

    private static String on(IOException e) {
        return e instanceof FileSystemException f && f.getFile() != null ? " (" + f.getFile() + ")" : "";
    }
}
