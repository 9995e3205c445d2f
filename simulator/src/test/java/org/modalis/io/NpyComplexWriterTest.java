package org.modalis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** complex64 output against the NumPy-written fixture {@code np.array([1+2j, 3-4j], dtype='<c8')}. */
class NpyComplexWriterTest {

    @Test
    void complex64MatchesNumpyByteForByte() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyWriter.writeComplex64(out, new int[] {2}, new float[] {1, 2, 3, -4});
        assertArrayEquals(Files.readAllBytes(NpyFixtures.path("numpy_c8_2.npy")), out.toByteArray());
    }

    @Test
    void oddLengthIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> NpyWriter.writeComplex64(new ByteArrayOutputStream(), new int[] {2}, new float[] {1, 2, 3}));
    }
}
