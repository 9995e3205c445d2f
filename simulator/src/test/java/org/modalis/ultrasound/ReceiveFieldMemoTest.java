package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The receive-field memo hands a kept field back only to a frame that would obtain it the same way (from a table, or
 * summed over the elements), as the float it keeps; a field obtained the other way replaces the kept one; sources are
 * recorded in visiting order, each line at most its share of the memo.
 */
class ReceiveFieldMemoTest {

    private static ReceiveFieldMemo memo() {
        UltrasoundProtocol protocol = UsFixtures.protocol(0.02, 0.01, 4, 0.001);
        ScanLines lines = ScanLines.of(UsFixtures.LINEAR, protocol);
        BeamGeometry geometry = BeamGeometry.of(UsFixtures.LINEAR, protocol, lines);
        ChannelLayout layout = ChannelLayout.of(UsFixtures.LINEAR, protocol, lines);
        PhasorTable phasors = new PhasorTable();
        DirectivityTable directivity = new DirectivityTable(UsFixtures.LINEAR, UsFixtures.LINEAR.wavelength(1540));
        ReceiveBeam[] beams = new ReceiveBeam[lines.count()];
        for (int l = 0; l < beams.length; l++) {
            beams[l] = new ReceiveBeam(UsFixtures.LINEAR, geometry, layout, l, phasors, directivity);
        }
        EchoSources sources = new EchoSources.Builder().add(0, 0.01, 1, 1 / 1540.0, 5e6).build();
        return ReceiveFieldMemo.empty(UsFixtures.LINEAR, sources, beams, true);
    }

    @Test
    void aKeptFieldIsReadOnlyTheWayItWasObtained() {
        ReceiveFieldMemo memo = memo();
        ReceiveFieldMemo.Line first = memo.line(0);
        first.add(3, true, new double[] {0.1, 0.2});
        first.add(7, false, new double[] {0.3, -0.4});
        first.finish();
        assertEquals(2, memo.pairs());

        double[] out = new double[2];
        ReceiveFieldMemo.Line next = memo.line(0);
        assertFalse(next.find(2, true, out), "never kept");
        assertFalse(next.find(3, false, out), "kept from a table, asked for a sum");
        assertTrue(next.find(7, false, out));
        assertEquals((float) 0.3, out[0], 0.0, "the float kept");
        assertEquals((float) -0.4, out[1], 0.0);
        // The pair this frame sums replaces the tabulated one.
        next.add(3, false, new double[] {0.5, 0.6});
        next.finish();
        assertEquals(1, memo.reads());

        ReceiveFieldMemo.Line third = memo.line(0);
        assertTrue(third.find(3, false, out));
        assertEquals((float) 0.5, out[0], 0.0);
        assertFalse(third.find(7, true, out));
        assertFalse(memo.line(1).find(3, false, out), "another line keeps its own");
    }

    @Test
    void aFrameRecordsAtMostItsShareOfTheMemoPerLine() {
        ReceiveFieldMemo memo = memo();
        int share = memo.share();
        assertEquals(ReceiveFieldMemo.MAX_PAIRS / 4, share, "four lines share the memo");
        ReceiveFieldMemo.Line line = memo.line(2);
        double[] field = {1, 0};
        for (int s = 0; s < share + 1000; s++) {
            line.add(s, true, field);
        }
        line.finish();
        assertEquals(share, memo.pairs());
        double[] out = new double[2];
        ReceiveFieldMemo.Line next = memo.line(2);
        assertTrue(next.find(share - 1, true, out), "the last source of the share is kept");
        assertFalse(next.find(share, true, out), "the first beyond it is not");
    }

    @Test
    void sourcesAreRecordedInVisitingOrder() {
        ReceiveFieldMemo.Line line = memo().line(0);
        line.add(5, true, new double[2]);
        assertThrows(IllegalStateException.class, () -> line.add(5, false, new double[2]));
    }
}
