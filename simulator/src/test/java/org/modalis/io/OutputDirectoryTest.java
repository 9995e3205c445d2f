package org.modalis.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;

/** The output folder creates itself, lists what it wrote, and reports the user's mistakes clearly. */
class OutputDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void createsNestedFolderAndListsFilesInWriteOrder() throws IOException {
        OutputDirectory out = OutputDirectory.create(tmp.resolve("runs/ct-1"));
        Path b = out.write("b.txt", s -> s.write("B".getBytes(StandardCharsets.UTF_8)));
        Path a = out.write("slices/a.txt", s -> s.write("A".getBytes(StandardCharsets.UTF_8)));
        out.write("b.txt", s -> s.write("B2".getBytes(StandardCharsets.UTF_8))); // rewritten: listed once, last
        assertEquals(List.of(a, b), out.written());
        assertEquals("B2", Files.readString(b));
        assertEquals(tmp.resolve("runs/ct-1/slices/a.txt"), a);
    }

    @Test
    void namesOutsideTheFolderAreRefused() {
        OutputDirectory out = OutputDirectory.create(tmp);
        for (String bad : new String[] {"../escape.txt", "", "/etc/passwd", "."}) {
            assertThrows(UserInputException.class, () -> out.write(bad, s -> s.write(1)), bad);
        }
    }

    @Test
    void aFileInTheWayIsTheUsersErrorWithPathAndReason() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("blocker"), "I am a file");
        UserInputException e = assertThrows(UserInputException.class,
                () -> OutputDirectory.create(blocker.resolve("sub")));
        assertTrue(e.getMessage().startsWith("cannot write " + blocker.resolve("sub")), e.getMessage());
        assertTrue(e.getMessage().contains("Not a directory") || e.getMessage().contains("a file is in the way"), e.getMessage());
    }

    @Test
    void diskFullIsTheUsersError() {
        UserInputException e = (UserInputException) OutputDirectory.failure(tmp.resolve("x.npy"),
                new IOException("No space left on device"));
        assertEquals("cannot write " + tmp.resolve("x.npy") + ": No space left on device", e.getMessage());
        assertEquals(tmp.resolve("x.npy"), e.file());
    }

    @Test
    void otherIoErrorsAreNotBlamedOnTheUser() {
        RuntimeException e = OutputDirectory.failure(tmp.resolve("x"), new IOException("stream closed"));
        assertTrue(e instanceof java.io.UncheckedIOException);
    }
}
