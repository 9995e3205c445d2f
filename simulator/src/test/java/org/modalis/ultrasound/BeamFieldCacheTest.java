package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.pipeline.Progress;

/**
 * Field tables kept between frames ({@link BeamFieldCache}, held by {@link UltrasoundEchoMemo}) give the very bytes
 * a fresh run gives: after a seed edit (every table reused), focus edits back and forth (the first builds receive
 * tables over both foci's cones, later ones reuse them and the element wave, and rebuild the transmit table) and a
 * shallower frame (tables built for a deeper one serve it), for lines one pitch apart (shared tables) and lines at
 * their own offsets from the element grid; and the tables the lines near the array's ends derive, kept for the next
 * frame of a sequence (not by a one-off run).
 */
class BeamFieldCacheTest {

    /** Liver under 3 mm of fat: the echoes' slowness and frequency change with depth (the tables' corrections work). */
    private static final AnalyticPhantom PHANTOM = UsFixtures.block(UsFixtures.tissue("liver", 1578, 1060, 0.5, 1),
            UsFixtures.layer(0, 0.003), UsFixtures.tissue("fat", 1450, 950, 0.63, 0.5));

    private static UltrasoundJob job(UltrasoundProtocol protocol, long seed) {
        return UsFixtures.job(PHANTOM, UsFixtures.LINEAR, protocol, List.of(), List.of(), seed).withModel(EchoModel.BEAM);
    }

    /** 24 lines one pitch apart (shared tables) or over 7 mm (each at its own offset), 20 mm deep, focus 10 mm. */
    private static UltrasoundProtocol protocol(boolean shared, double depth, double focus) {
        double span = shared ? 23 * UsFixtures.LINEAR.pitch() : 0.007;
        return new UltrasoundProtocol(depth, focus, 24, span, 2, 2, 1, 0, 60, -40, 6, -40);
    }

    /** Runs {@code frames} on one pipeline; the last reuses a table and gives a fresh run's bytes. */
    private static void assertSameBytesAfter(UltrasoundJob... frames) {
        UltrasoundEchoMemo memo = new UltrasoundEchoMemo();
        UltrasoundPipeline viewer = new UltrasoundPipeline(memo);
        for (int i = 0; i < frames.length - 1; i++) {
            viewer.run(frames[i], Progress.NONE);
        }
        long before = memo.fieldCache().hits();
        UltrasoundJob last = frames[frames.length - 1];
        UltrasoundResult reused = viewer.run(last, Progress.NONE);
        assertTrue(memo.fieldCache().hits() > before, "the last frame reuses a table");
        UltrasoundResult fresh = new UltrasoundPipeline().run(last, Progress.NONE);
        assertArrayEquals(fresh.rf(), reused.rf());
        assertArrayEquals(fresh.image().data(), reused.image().data());
    }

    @Test
    void aFocusEditReadsBackTheReceiveFieldsAndGivesFreshBytes() {
        // A 3 mm calcification (3500 m/s, 5 dB/(cm·MHz)) 9 mm down in liver, lines at their own offsets: the echoes
        // behind it are far off their rows' frequency and slowness, and those within 6 pitches of aperture lie in the
        // near field — both sum their elements, and a focus edit reads those sums back.
        AnalyticPhantom calcified = UsFixtures.block(UsFixtures.tissue("liver", 1578, 1060, 0.5, 1),
                new org.modalis.phantom.Ellipse(0, -0.009, 0.0015, 0.0015, 0),
                UsFixtures.tissue("calcification", 3500, 1900, 5, 2));
        UltrasoundProtocol first = protocol(false, 0.016, 0.008), second = protocol(false, 0.016, 0.012);
        UltrasoundEchoMemo memo = new UltrasoundEchoMemo();
        UltrasoundPipeline viewer = new UltrasoundPipeline(memo);
        viewer.run(calcifiedJob(calcified, first), Progress.NONE);
        ReceiveFieldMemo sums = memo.fieldCache().keptReceiveFields();
        int kept = sums.pairs();
        assertTrue(kept > 10_000, "pairs summed and kept: " + kept);
        UltrasoundResult reused = viewer.run(calcifiedJob(calcified, second), Progress.NONE);
        assertSame(sums, memo.fieldCache().keptReceiveFields(), "the focus does not change the receive beams");
        // Every pair's field is kept, the table lookups' too, and the refocused frame (a narrower cone 12 mm down)
        // reads most of them back: more than were summed, so lookups too.
        int summed = sums.pairs(false);
        assertTrue(sums.pairs(true) > 10_000 && summed > 10_000, "kept lookups and sums: " + sums.pairs(true) + ", " + summed);
        assertTrue(sums.reads() > 0.7 * kept && sums.reads() > summed, "read back " + sums.reads() + " of " + kept);
        UltrasoundResult fresh = new UltrasoundPipeline().run(calcifiedJob(calcified, second), Progress.NONE);
        assertArrayEquals(fresh.rf(), reused.rf());
        assertArrayEquals(fresh.image().data(), reused.image().data());
        // A receive F-number edit changes every receive beam: the kept sums are dropped, not read.
        viewer.run(calcifiedJob(calcified, new UltrasoundProtocol(0.016, 0.012, 24, 0.007, 2, 3, 1, 0, 60, -40, 6, -40)),
                Progress.NONE);
        assertTrue(memo.fieldCache().keptReceiveFields() != sums, "a new memo for new receive beams");
        assertEquals(0, memo.fieldCache().keptReceiveFields().reads());
    }

    @Test
    void theSourceBandsAndNearFaceWavesAreKeptForTheSameSources() {
        EchoSources.Builder b = new EchoSources.Builder();
        for (int i = 0; i < 200; i++) {
            b.add(-0.005 + 0.00005 * i, 0.0002 + 0.0001 * (i % 30), 1, 1 / 1540.0, 5e6);
        }
        EchoSources sources = b.build(), same = sources;
        BeamFieldCache cache = new BeamFieldCache();
        SourceBands bands = cache.bands(sources, 40e6);
        assertSame(bands, cache.bands(same, 40e6), "the same sources at the same rate: the kept bands");
        assertTrue(cache.bands(sources, 30e6) != bands, "another sampling rate: new bands");
        SourceBands again = cache.bands(sources, 40e6);
        UltrasoundProtocol protocol = protocol(false, 0.02, 0.01);
        ScanLines lines = ScanLines.of(UsFixtures.LINEAR, protocol);
        PhasorTable phasors = new PhasorTable();
        DirectivityTable directivity = new DirectivityTable(UsFixtures.LINEAR, UsFixtures.LINEAR.wavelength(1540));
        TransmitBeams beams = new TransmitBeams(UsFixtures.LINEAR, protocol, lines, phasors, directivity);
        NearFaceWaves waves = cache.nearFace(UsFixtures.LINEAR, beams.beam(0), again, 0.0015);
        // Another focus gives other beams, but the element waves are the same: kept.
        TransmitBeams refocused = new TransmitBeams(UsFixtures.LINEAR, protocol(false, 0.02, 0.015), lines, phasors,
                directivity);
        assertSame(waves, cache.nearFace(UsFixtures.LINEAR, refocused.beam(0), again, 0.0015));
        assertTrue(cache.nearFace(UsFixtures.LINEAR, beams.beam(0), again, 0.002) != waves, "another depth: new waves");
    }

    private static UltrasoundJob calcifiedJob(AnalyticPhantom phantom, UltrasoundProtocol protocol) {
        return UsFixtures.job(phantom, UsFixtures.LINEAR, protocol, List.of(), List.of(), 1).withModel(EchoModel.BEAM);
    }

    @Test
    void aSeedEditReusesTheTablesAndGivesFreshBytes() {
        for (boolean shared : new boolean[] {true, false}) {
            assertSameBytesAfter(job(protocol(shared, 0.02, 0.01), 1), job(protocol(shared, 0.02, 0.01), 2));
        }
    }

    @Test
    void focusEditsBackAndForthReuseTheReceiveTableAndGiveFreshBytes() {
        for (boolean shared : new boolean[] {true, false}) {
            assertSameBytesAfter(job(protocol(shared, 0.02, 0.01), 1), job(protocol(shared, 0.02, 0.011), 1),
                    job(protocol(shared, 0.02, 0.01), 1));
        }
    }

    @Test
    void tablesOfADeeperFrameServeAShallowerOneWithFreshBytes() {
        for (boolean shared : new boolean[] {true, false}) {
            assertSameBytesAfter(job(protocol(shared, 0.024, 0.01), 1), job(protocol(shared, 0.02, 0.01), 1));
        }
    }

    @Test
    void theEndLinesDerivedTablesAreKeptForTheNextFrameWithFreshBytes() {
        // 128 lines over the whole array: the apertures of the lines near either end are clipped, so those lines
        // derive their own tables (with the corrections: the fat layer changes the echoes' slowness).
        UltrasoundProtocol wide = new UltrasoundProtocol(0.016, 0.008, 128, 127 * UsFixtures.LINEAR.pitch(), 2, 2, 1, 0,
                60, -40, 6, -40);
        UltrasoundEchoMemo memo = new UltrasoundEchoMemo();
        UltrasoundPipeline live = new UltrasoundPipeline(memo);
        live.run(job(wide, 1), Progress.NONE);
        assertEquals(0, memo.fieldCache().lineTableHits());
        UltrasoundResult reused = live.run(job(wide, 2), Progress.NONE);
        assertEquals(2, memo.fieldCache().lineTableHits(), "a new seed reads both sides' kept line tables");
        UltrasoundResult fresh = new UltrasoundPipeline().run(job(wide, 2), Progress.NONE);
        assertArrayEquals(fresh.rf(), reused.rf());
        assertArrayEquals(fresh.image().data(), reused.image().data());
    }

    @Test
    void focusEditsBackAndForthKeepTheReceiveSideOfTheLineTablesWithFreshBytes() {
        UltrasoundProtocol near = new UltrasoundProtocol(0.016, 0.008, 128, 127 * UsFixtures.LINEAR.pitch(), 2, 2, 1, 0,
                60, -40, 6, -40);
        UltrasoundProtocol far = near.withDepthAndFocus(0.016, 0.0082);
        UltrasoundEchoMemo memo = new UltrasoundEchoMemo();
        UltrasoundPipeline live = new UltrasoundPipeline(memo);
        live.run(job(near, 1), Progress.NONE);
        live.run(job(far, 1), Progress.NONE);
        live.run(job(near, 1), Progress.NONE); // the receive table now covers both foci's cones
        long before = memo.fieldCache().lineTableHits();
        UltrasoundResult edited = live.run(job(far, 1), Progress.NONE);
        assertEquals(before + 1, memo.fieldCache().lineTableHits(), "the focus edit keeps the receive side only");
        assertArrayEquals(new UltrasoundPipeline().run(job(far, 1), Progress.NONE).rf(), edited.rf());
    }

    @Test
    void aOneOffCacheDoesNotKeepLineTables() {
        DerivedLineTables.Key key = new DerivedLineTables.Key(this, false, List.of());
        BeamFieldCache oneOff = new BeamFieldCache();
        oneOff.keep(true, key, new DerivedLineTables(1));
        assertNull(oneOff.lineTables(true, key));
        BeamFieldCache sequence = new BeamFieldCache(true);
        DerivedLineTables tables = new DerivedLineTables(1);
        sequence.keep(false, key, tables);
        assertSame(tables, sequence.lineTables(false, key));
        assertNull(sequence.lineTables(true, key), "the sides are kept apart");
        assertNull(sequence.lineTables(false, new DerivedLineTables.Key(this, true, List.of())));
    }
}
