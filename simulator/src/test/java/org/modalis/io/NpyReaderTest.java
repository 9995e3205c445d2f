package org.modalis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;

/** NpyReader against files NumPy 1.24 wrote (see make_npy_fixtures.py), and malformed files. */
class NpyReaderTest {

    @TempDir
    Path tmp;

    private static double[] minus(double[] v, double d) {
        return Arrays.stream(v).map(x -> x - d).toArray();
    }

    @Test
    void readsLittleEndianFloatsInCOrder() {
        NpyArray a = NpyReader.read(NpyFixtures.path("numpy_f4_2x3.npy"));
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertEquals(NpyDtype.FLOAT32, a.dtype());
        // x − 0.25 with small integers x is exact in float32, so equality is exact.
        assertArrayEquals(minus(NpyFixtures.ramp(2, 3), 0.25), a.data());
    }

    @Test
    void readsBigEndianFortranOrderIntoCOrder() {
        NpyArray a = NpyReader.read(NpyFixtures.path("numpy_be_f8_fortran_3x4.npy"));
        assertArrayEquals(new int[] {3, 4}, a.shape());
        assertEquals(ByteOrder.BIG_ENDIAN, a.dtype().order());
        assertArrayEquals(minus(NpyFixtures.ramp(3, 4), 0.25), a.data());
    }

    @Test
    void readsThreeDimensionalFortranUnsignedShorts() {
        NpyArray a = NpyReader.read(NpyFixtures.path("numpy_u2_fortran_2x3x4.npy"));
        assertArrayEquals(new int[] {2, 3, 4}, a.shape());
        assertArrayEquals(NpyFixtures.ramp(2, 3, 4), a.data());
        assertEquals(123.0, a.data()[1 * 12 + 2 * 4 + 3]); // [1, 2, 3] as NumPy prints it
    }

    @Test
    void readsIntegerAndBooleanTypes() {
        // 0.0 − x rather than −x: the file holds integer 0, read as +0.0, and −(0.0) would be −0.0.
        assertArrayEquals(Arrays.stream(NpyFixtures.ramp(2, 3)).map(x -> 0.0 - x).toArray(),
                NpyReader.read(NpyFixtures.path("numpy_be_i4_2x3.npy")).data());
        assertArrayEquals(Arrays.stream(NpyFixtures.ramp(3, 2)).map(x -> 0.0 - x).toArray(),
                NpyReader.read(NpyFixtures.path("numpy_i2_3x2.npy")).data());
        assertArrayEquals(new double[] {0, 1, 10, 11}, NpyReader.read(NpyFixtures.path("numpy_u1_2x2.npy")).data());
        assertArrayEquals(new double[] {1, 0, 0, 1}, NpyReader.read(NpyFixtures.path("numpy_bool_2x2.npy")).data());
    }

    @Test
    void readsVersion2HeaderAndZeroDimensionalArray() {
        NpyArray v2 = NpyReader.read(NpyFixtures.path("numpy_v2_f4_2x3.npy"));
        assertArrayEquals(minus(NpyFixtures.ramp(2, 3), 0.25), v2.data());
        NpyArray scalar = NpyReader.read(NpyFixtures.path("numpy_f8_scalar.npy"));
        assertEquals(0, scalar.shape().length);
        assertArrayEquals(new double[] {2.5}, scalar.data());
    }

    @Test
    void complexDtypeIsRefusedWithTheFileAndTheType() {
        Path f = NpyFixtures.path("numpy_c8_2.npy");
        UserInputException e = assertThrows(UserInputException.class, () -> NpyReader.read(f));
        assertEquals("dtype '<c8' not supported: expected a real float (f4, f8) or integer (i1..i8, u1..u8, b1)"
                + " array", e.getMessage());
        assertEquals(f, e.file());
    }

    @Test
    void malformedFilesSayWhatIsWrong() throws IOException {
        byte[] good = Files.readAllBytes(NpyFixtures.path("numpy_f4_2x3.npy"));
        assertRefused(write("text.npy", "hello world, not numpy".getBytes()), "not a .npy file (magic bytes missing)");
        assertRefused(write("empty.npy", new byte[0]), "magic bytes missing");
        assertRefused(write("short.npy", Arrays.copyOf(good, good.length - 3)), "needs 24 bytes of data but the file has 21");
        assertRefused(write("long.npy", Arrays.copyOf(good, good.length + 4)), "but the file has 28");
        assertRefused(write("cut-header.npy", Arrays.copyOf(good, 40)), "truncated header");
        byte[] v9 = good.clone();
        v9[6] = 9;
        assertRefused(write("v9.npy", v9), "format version 9.0 not supported");
        byte[] noShape = good.clone();
        int at = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("'shape'");
        noShape[at + 1] = 'x';
        assertRefused(write("noshape.npy", noShape), "no 'shape' tuple");
        assertRefused(tmp.resolve("absent.npy"), "no such file");
    }

    @Test
    void structuredDtypeIsRefused() throws IOException {
        String dict = "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }";
        byte[] h = ("\u0093NUMPY\u0001\u0000" + (char) (dict.length() + 1) + "\u0000" + dict + "\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertRefused(write("struct.npy", h), "structured");
    }

    private Path write(String name, byte[] b) throws IOException {
        return Files.write(tmp.resolve(name), b);
    }

    private static void assertRefused(Path f, String expected) {
        UserInputException e = assertThrows(UserInputException.class, () -> NpyReader.read(f));
        assertTrue(e.getMessage().contains(expected), () -> "message '" + e.getMessage() + "' lacks '" + expected + "'");
        assertEquals(f, e.file());
    }
}
