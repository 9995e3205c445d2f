package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;

/** The guard refuses, before allocation, what cannot fit, and names what to lower. */
class MemoryBudgetTest {

    private static final long GIB = 1L << 30;

    @Test
    void refusesMoreThanTheUsableShareWithAPlainMessage() {
        MemoryBudget oneGib = new MemoryBudget(GIB);
        // 20000 views × 8192 bins × 4 oversample × 4 bytes (float) = 2.44 GiB
        long sinogram = 20000L * 8192 * 4 * 4;
        UserInputException e = assertThrows(UserInputException.class,
                () -> oneGib.require("the sinogram (views × bins × oversample × 4 bytes)", sinogram, "ct.views or ct.bins"));
        assertEquals("needs about 2.4 GiB for the sinogram (views × bins × oversample × 4 bytes), more than the "
                + "614.4 MiB that can be spared from the 1.0 GiB heap", e.getMessage());
        assertEquals("lower ct.views or ct.bins, or raise the heap limit, e.g. java -Xmx8g", e.hint());
    }

    @Test
    void theLimitIsTheDocumentedFractionOfTheHeap() {
        MemoryBudget b = new MemoryBudget(1000);
        assertEquals(600, b.usableBytes());
        assertDoesNotThrow(() -> b.require("x", 600, "y"));
        assertThrows(UserInputException.class, () -> b.require("x", 601, "y"));
        assertThrows(IllegalArgumentException.class, () -> b.require("x", -1, "y")); // overflowed size: a code bug
    }

    @Test
    void runtimeCheckAcceptsSmallArrays() {
        assertDoesNotThrow(() -> MemoryBudget.check("a 512 × 512 image", 512L * 512 * 4, "recon.size"));
        assertThrows(UserInputException.class, () -> MemoryBudget.check("an absurd array", Long.MAX_VALUE, "recon.size"));
    }
}
