package org.modalis.ultrasound;

/**
 * The tabulated transmit and receive fields of a linear array's lines for one frame of the beam-domain model
 * ({@link BeamDomainSimulation}): each (source, line) pair reads its fields by interpolation in the line frame
 * instead of summing over the elements. Two shapes, chosen by where the lines sit on the element grid:
 * <ul>
 *   <li>{@link SharedLineTables}: every line at the same offset from the element grid (lines a whole number of
 *   pitches apart) — the complete aperture's tables are shared, and a line whose aperture lacks elements (the
 *   array's ends, faulty elements) derives its own from its neighbour's while the frame runs;</li>
 *   <li>{@link OwnLineTables}: lines at different offsets — each line builds its own transmit table, and all share
 *   the receive table of an unbounded array beyond the near field, where the receive field no longer depends on
 *   where the line sits between two elements.</li>
 * </ul>
 * Either simulates every line through {@link #run}, in parallel, with bytes independent of the thread count.
 */
interface BeamFieldTables {

    /** What the line simulation does with each line's fields. */
    interface LineWork {
        void simulate(int line, LineFields fields);
    }

    /** Simulates every line of the frame with its fields, in parallel. */
    void run(int lines, LineWork work);

    /**
     * The tables for a frame, or null where they do not apply (a phased array; no source).
     *
     * @param sources the frame's echo sources
     * @param profile the typical echo by depth (receive rows)
     * @param cache   where earlier frames' tables are kept (a fresh one for a one-off frame)
     */
    static BeamFieldTables of(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                              TransmitBeams beams, EchoSources sources, EchoProfile profile, BeamFieldCache cache,
                              PhasorTable phasors, DirectivityTable directivity) {
        if (probe.type() != ArrayType.LINEAR || sources.maxDepth() <= 0) {
            return null;
        }
        TableLattices lattices = TableLattices.of(probe, beams, sources.maxDepth());
        double offset = TableLattices.commonOffset(probe, lines);
        return Double.isNaN(offset)
                ? OwnLineTables.of(probe, protocol, lines, layout, beams, lattices, sources, profile, cache, phasors, directivity)
                : SharedLineTables.of(probe, protocol, lines, layout, beams, offset, lattices, sources, profile, cache,
                phasors, directivity);
    }
}
