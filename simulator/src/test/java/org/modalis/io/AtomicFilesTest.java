package org.modalis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed atomic write leaves the old file intact and no temporary file behind. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesAndReplacesTheTarget() throws IOException {
        Path f = dir.resolve("a.bin");
        AtomicFiles.write(f, out -> out.write(new byte[] {1, 2, 3}));
        AtomicFiles.write(f, out -> out.write(new byte[] {4, 5}));
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void failureMidWriteKeepsTheOldFileAndRemovesTheTemporary() throws IOException {
        Path f = dir.resolve("report.json");
        Files.writeString(f, "old");
        IOException boom = new IOException("simulated disk error");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write(new byte[100_000]); // more than the buffer: some bytes reached the temporary file
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals("old", Files.readString(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void runtimeFailureAlsoCleansUp() throws IOException {
        Path f = dir.resolve("image.npy");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, out -> {
            out.write(1);
            throw new IllegalStateException("bug in a writer");
        }));
        assertTrue(listing().isEmpty());
    }

    @Test
    void outputGetsTheDefaultPermissionsNotTheOwnerOnlyModeOfTempFiles() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain"));
        Path f = dir.resolve("atomic");
        AtomicFiles.write(f, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
    }

    @Test
    void temporaryFileIsHiddenBesideTheTarget() throws IOException {
        Path f = dir.resolve("x.png");
        AtomicFiles.write(f, out -> {
            List<Path> during = listing();
            assertEquals(1, during.size());
            String name = during.get(0).getFileName().toString();
            assertTrue(name.startsWith(".x.png.tmp-"), name);
        });
    }
}
