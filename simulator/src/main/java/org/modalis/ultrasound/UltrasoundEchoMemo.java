package org.modalis.ultrasound;

import java.util.List;
import java.util.function.Supplier;
import org.modalis.phantom.Phantom;
import org.modalis.pipeline.LastValueMemo;

/**
 * What an {@link UltrasoundPipeline} may reuse from its previous runs, each stage keyed by what it depends on:
 * <ul>
 *   <li>the beamformed echoes (RF, signal and noise, envelopes): on the phantom, the probe, the acquisition
 *   settings, the wires, the echo model and the seed — not on the display chain (gain, TGC, dynamic range), the
 *   pixel size or the ROIs, so a display edit re-runs only compensation, log compression, scan conversion and
 *   metrics;</li>
 *   <li>the beam-domain model's noise-free beamformed signal: on the same, less the electronic noise (drawn and
 *   beamformed apart) — a noise edit re-draws only the noise;</li>
 *   <li>the medium map and its echo profile: on the phantom, the probe position, the fan of rays and f₀ — a focus,
 *   F-number, noise or seed edit keeps them;</li>
 *   <li>the echo sources: on that medium, the pulse, the resolution cell, the depth simulated, wires,
 *   reverberation and the seed — a focus, transmit F-number or noise edit keeps them;</li>
 *   <li>the beam-domain model's field tables ({@link BeamFieldCache}): on the probe, the lines' offset from the
 *   element grid, the F-numbers, the speed setting, the focus (transmit only) and the echo profile; and the receive
 *   field of every (source, line) pair, looked up or summed over the elements ({@link ReceiveFieldMemo}): on the echo
 *   sources and the receive beams — a focus or transmit F-number edit reads them back.</li>
 * </ul>
 * Each gives the very bytes a fresh run gives (the tests check this). Phantoms are compared by identity, so the
 * caller must hand the same phantom object for an unchanged phantom ({@code ScenarioPhantoms.remembering}); the
 * other keys are records compared by value (the medium by identity: the memo hands the same one back).
 */
public final class UltrasoundEchoMemo {

    /** Everything the echoes depend on; the protocol with its display settings neutralised. */
    private record EchoKey(Phantom phantom, double probeY, Transducer transducer, UltrasoundProtocol acquisition,
                           List<WireTarget> wires, boolean reverberation, boolean keepChannels, EchoModel model, long seed,
                           boolean refraction, PlaneWaves planeWaves, List<Double> focalZones) {
    }

    /** What the medium map depends on. */
    private record MediumKey(Phantom phantom, double probeY, Medium.FanGeometry fan, double f0, boolean refraction) {
    }

    /** The medium map and the echo frequency profile drawn from it. */
    record MediumMap(Medium medium, EchoProfile profile) {
    }

    /** What the echo sources depend on: the medium map (by identity, itself memoized), the pulse, the density... */
    private record SourceKey(Medium medium, GaussianPulse pulse, double cellArea, double maxDepth, List<WireTarget> wires,
                             boolean reverberation, long seed, ElevationProfile elevation) {
    }

    /** What the elevation profile depends on: the lens (aperture, focus), the wavelength and the depth reached. */
    private record ElevationKey(double height, double focus, double frequency, double maxRange) {
    }

    private final LastValueMemo<EchoKey, BeamformedEchoes> echoes = new LastValueMemo<>();
    private final LastValueMemo<EchoKey, float[]> signals = new LastValueMemo<>();
    private final LastValueMemo<SourceKey, EchoSources> sources = new LastValueMemo<>();
    private final LastValueMemo<MediumKey, MediumMap> media = new LastValueMemo<>();
    private final LastValueMemo<ElevationKey, ElevationProfile> elevations = new LastValueMemo<>();
    private final BeamFieldCache fieldCache;

    /** A memo for a sequence of runs (the viewer, a live scan): it keeps every table a later frame may reuse. */
    public UltrasoundEchoMemo() {
        this(true);
    }

    private UltrasoundEchoMemo(boolean keepsLineTables) {
        fieldCache = new BeamFieldCache(keepsLineTables);
    }

    /** A memo for one run: it does not keep the per-line field tables, which only a later frame would read. */
    static UltrasoundEchoMemo oneOff() {
        return new UltrasoundEchoMemo(false);
    }

    BeamformedEchoes echoes(UltrasoundJob job, Supplier<BeamformedEchoes> compute) {
        EchoKey key = new EchoKey(job.phantom(), job.probeY(), job.transducer(), job.protocol().acquisitionPart(),
                job.wires(), job.reverberation(), job.keepChannels(), job.model(), job.seed(), job.refraction(),
                job.planeWaves(), job.focalZones());
        return echoes.get(key, compute);
    }

    /**
     * The beam-domain model's noise-free beamformed lines (lines × samples): the last ones if nothing but the
     * electronic noise and the display changed. The caller must not modify the array.
     */
    float[] signal(UltrasoundJob job, Supplier<float[]> compute) {
        EchoKey key = new EchoKey(job.phantom(), job.probeY(), job.transducer(), job.protocol().signalPart(),
                job.wires(), job.reverberation(), job.keepChannels(), job.model(), job.seed(), job.refraction(),
                job.planeWaves(), job.focalZones());
        return signals.get(key, compute);
    }

    /** Frames whose noise-free signal was answered from memory so far. */
    long signalHits() {
        return signals.hits();
    }

    /**
     * The medium map of the phantom along the fan, and its echo frequency profile: the last ones if the phantom
     * (by identity), the probe position, the fan and f₀ are unchanged — an edit of the seed, the focus, the
     * F-numbers, the noise or the display keeps them.
     */
    MediumMap medium(Phantom phantom, double probeY, Medium.FanGeometry fan, double f0, GaussianPulse pulse,
                     boolean refraction) {
        return media.get(new MediumKey(phantom, probeY, fan, f0, refraction), () -> {
            Medium medium = new Medium(phantom, probeY, fan, f0, refraction);
            return new MediumMap(medium, EchoProfile.of(medium, pulse));
        });
    }

    /**
     * The echo sources of a medium map (the same object for an unchanged map, {@link #medium}): the last ones if the
     * pulse, the resolution cell (receive F-number), the depth simulated, the wires, reverberation and the seed are
     * unchanged — a focus, transmit F-number, noise or display edit keeps them.
     */
    EchoSources sources(Medium medium, GaussianPulse pulse, double cellArea, double maxDepth, List<WireTarget> wires,
                        boolean reverberation, long seed, ElevationProfile elevation, Supplier<EchoSources> build) {
        return sources.get(new SourceKey(medium, pulse, cellArea, maxDepth, wires, reverberation, seed, elevation), build);
    }

    /** The elevation profile of {@code probe}'s lens out to {@code maxRange} [m]: the last one if they are unchanged. */
    ElevationProfile elevation(Transducer probe, double maxRange) {
        return elevations.get(new ElevationKey(probe.elevationHeight(), probe.elevationFocus(), probe.centreFrequencyHz(),
                maxRange), () -> new ElevationProfile(probe, maxRange));
    }

    /**
     * The beam-domain model's field tables of the last frame, reused by the next one where they still apply (an edit
     * of the seed, the scatterer density, the noise or — receive tables — the focus).
     */
    BeamFieldCache fieldCache() {
        return fieldCache;
    }

    /** Runs whose echoes were answered from memory so far. */
    public long hits() {
        return echoes.hits();
    }
}
