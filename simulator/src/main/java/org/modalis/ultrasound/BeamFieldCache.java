package org.modalis.ultrasound;

import java.util.function.Function;
import org.modalis.pipeline.LastValueMemo;

/**
 * The field tables of the last frame ({@link TransmitFieldTables}, {@link ReceiveFieldTables}), kept for the next
 * one: they depend on the probe, the focus and F-numbers, the scanner's speed setting, the lines' offset from the
 * element grid and the echo frequency of each row — not on the seed, the scatterer density, the noise, the display
 * or (receive) the focus. A frame whose key matches and whose region the kept table covers reuses it; one that
 * needs more rows or columns on the same key gets a table covering both regions (so alternating edits settle on
 * one table). Entries do not depend on the region ({@link LineFrameGrid}), so a reused table gives the very bytes
 * of a fresh one. One entry per kind; thread-safe. It also keeps the receive field of every (source, line) pair the
 * last frames simulated, looked up or summed over the elements ({@link ReceiveFieldMemo}: they depend on the echo
 * sources and the receive beams, not on the transmit), which a focus edit or the next focal zone reads back, and the
 * frame's source bands and near-face element waves (on the echo sources and the probe only).
 */
final class BeamFieldCache {

    /** What the transmit table depends on besides its region: the healthy probe, focus, F#, speed, δ₀, lattice. */
    record TransmitKey(Transducer probe, double focus, double fNumber, double speed, double offset, double du,
                       double dz, int coarseFrom) {
    }

    /** What the receive table depends on besides its region and row frequencies. */
    record ReceiveKey(Transducer probe, double fNumber, double speed, double offset, double du, double dz,
                      int coarseFrom) {
    }

    /** What the element wave depends on besides its region: the healthy probe and its lattice. */
    private record WaveKey(Transducer probe, double offset, double du, double dz, int coarseFrom) {
    }

    private WaveKey waveKey;
    private ElementWaves waves;
    private TransmitKey transmitKey;
    private TransmitFieldTables transmit;
    private ReceiveKey receiveKey;
    private ReceiveFieldTables receive;
    /**
     * What the beamformed noise's variance factors depend on ({@link ReceiveBeam#noiseVarianceFactor}): the probe
     * and the receive geometry — the lines, the depth (aperture and record length), F#, sampling and speed setting.
     */
    record NoiseKey(Transducer probe, double depth, int lines, double lineSpan, double receiveFNumber,
                    double samplesPerPeriod, double assumedSpeed) {
    }

    private final LastValueMemo<NoiseKey, double[][]> noiseFactors = new LastValueMemo<>();

    /** What a frame's source bands depend on: the echo sources (by identity) and the sampling rate. */
    private record BandsKey(EchoSources sources, double samplingRate) {
    }

    /** What the element waves at the near-face sources depend on: the probe, the bands (by identity), the depth. */
    private record NearFaceKey(Transducer probe, SourceBands bands, double depth) {
    }

    private final LastValueMemo<BandsKey, SourceBands> bands = new LastValueMemo<>();
    private final LastValueMemo<NearFaceKey, NearFaceWaves> nearFace = new LastValueMemo<>();
    private DerivedLineTables.Key derivedTransmitKey;
    private DerivedLineTables derivedTransmit;
    private DerivedLineTables.Key derivedReceiveKey;
    private DerivedLineTables derivedReceive;
    private final boolean keepsLineTables;
    private ReceiveFieldMemo receiveFields;
    private long hits;
    private long lineTableHits;

    /** A cache for one frame: it keeps the shared tables, not each line's derived ones. */
    BeamFieldCache() {
        this(false);
    }

    /**
     * @param keepsLineTables whether the lines' derived tables ({@link DerivedLineTables}) and the receive fields
     *                        looked up in tables ({@link ReceiveFieldMemo}) are kept too: for a sequence of frames (a
     *                        live scan, the viewer), not for a one-off run
     */
    BeamFieldCache(boolean keepsLineTables) {
        this.keepsLineTables = keepsLineTables;
    }

    /** The transmit tables for {@code key} covering {@code needed}: the kept ones, or built by {@code build}. */
    synchronized TransmitFieldTables transmit(TransmitKey key, LineFrameGrid needed,
                                              Function<LineFrameGrid, TransmitFieldTables> build) {
        if (transmit != null && key.equals(transmitKey) && transmit.grid.covers(needed)) {
            hits++;
            return transmit;
        }
        LineFrameGrid grid = transmit != null && key.equals(transmitKey) ? LineFrameGrid.union(transmit.grid, needed) : needed;
        transmit = null;
        transmit = build.apply(grid);
        transmitKey = key;
        return transmit;
    }

    /**
     * The element wave of {@code probe} on a lattice of offset {@code offset} covering {@code needed}: the kept one
     * (it depends on neither the focus nor the seed), or built by {@code build} over the union of both regions.
     */
    synchronized ElementWaves waves(Transducer probe, double offset, LineFrameGrid needed,
                                    Function<LineFrameGrid, ElementWaves> build) {
        WaveKey key = new WaveKey(probe, offset, needed.du, needed.dz, needed.coarseFrom);
        if (waves != null && key.equals(waveKey) && waves.grid.covers(needed)) {
            hits++;
            return waves;
        }
        LineFrameGrid grid = waves != null && key.equals(waveKey) ? LineFrameGrid.union(waves.grid, needed) : needed;
        waves = null;
        waves = build.apply(grid);
        waveKey = key;
        return waves;
    }

    /**
     * The receive tables for {@code key} covering {@code needed} whose first rows have the mean echoes {@code rows}
     * (those {@code needed} holds): the kept ones, or built by {@code build}.
     */
    synchronized ReceiveFieldTables receive(ReceiveKey key, LineFrameGrid needed, EchoProfile.Rows rows,
                                            Function<LineFrameGrid, ReceiveFieldTables> build) {
        boolean same = receive != null && key.equals(receiveKey) && receive.rows.startsWith(rows);
        if (same && receive.grid.covers(needed)) {
            hits++;
            return receive;
        }
        LineFrameGrid grid = same ? LineFrameGrid.union(receive.grid, needed) : needed;
        receive = null;
        receive = build.apply(grid);
        receiveKey = key;
        return receive;
    }

    /** The echo sources in depth bands at sampling rate fs: the last frame's if over the same sources. */
    SourceBands bands(EchoSources sources, double samplingRate) {
        return bands.get(new BandsKey(sources, samplingRate), () -> new SourceBands(sources, samplingRate));
    }

    /**
     * Every element's wave at the bands' sources above {@code depth} ({@link NearFaceWaves}): the last frame's if over
     * the same bands and probe — they do not depend on the focus or on any line.
     */
    NearFaceWaves nearFace(Transducer probe, TransmitBeam beam, SourceBands sourceBands, double depth) {
        return nearFace.get(new NearFaceKey(probe, sourceBands, depth), () -> new NearFaceWaves(probe, beam, sourceBands,
                depth));
    }

    /** The noise variance factors for {@code key}: the kept ones, or computed by {@code compute}. */
    double[][] noiseFactors(NoiseKey key, java.util.function.Supplier<double[][]> compute) {
        return noiseFactors.get(key, compute);
    }

    /**
     * The receive fields of the last frame over these very echo sources with equal receive beams
     * ({@link ReceiveFieldMemo}), or an empty memo that replaces it.
     */
    synchronized ReceiveFieldMemo receiveFields(Transducer probe, EchoSources sources, ReceiveBeam[] beams) {
        if (receiveFields != null && receiveFields.serves(probe, sources, beams)) {
            hits++;
            return receiveFields;
        }
        ReceiveFieldMemo last = receiveFields;
        receiveFields = null;
        receiveFields = ReceiveFieldMemo.empty(probe, sources, beams, keepsLineTables);
        receiveFields.expectAsMany(last);
        return receiveFields;
    }

    /** The kept receive fields (null before a frame asked for them; for tests). */
    synchronized ReceiveFieldMemo keptReceiveFields() {
        return receiveFields;
    }

    /** Whether the lines' derived tables are kept ({@link #lineTables}, {@link #keep}). */
    boolean keepsLineTables() {
        return keepsLineTables;
    }

    /** The kept transmit (or receive) line tables of a frame with {@code key}, or null. */
    synchronized DerivedLineTables lineTables(boolean transmit, DerivedLineTables.Key key) {
        DerivedLineTables kept = transmit ? derivedTransmit : derivedReceive;
        if (kept != null && key.equals(transmit ? derivedTransmitKey : derivedReceiveKey)) {
            hits++;
            lineTableHits++;
            return kept;
        }
        return null;
    }

    /** Keeps a frame's transmit (or receive) line tables (replacing the last frame's), if this cache keeps them. */
    synchronized void keep(boolean transmit, DerivedLineTables.Key key, DerivedLineTables tables) {
        if (!keepsLineTables) {
            return;
        }
        if (transmit) {
            derivedTransmitKey = key;
            derivedTransmit = tables;
        } else {
            derivedReceiveKey = key;
            derivedReceive = tables;
        }
    }

    /** Sides (transmit, receive) of frames' line tables answered from memory so far (for tests). */
    synchronized long lineTableHits() {
        return lineTableHits;
    }

    /** Tables answered from memory so far (for tests and the trace). */
    synchronized long hits() {
        return hits;
    }
}
