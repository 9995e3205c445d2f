package org.modalis.mri.bloch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A train of hard pulses and how long to watch: the classic NMR experiments of Hahn, Phys. Rev. 80 (1950) 580.
 *
 * @param name      what it is (for plots and reports)
 * @param pulses    the pulses, sorted by time
 * @param durationS the time simulated [s], after the last pulse
 * @param echoTimes the times [s] at which the sequence forms an echo (empty for an FID)
 */
public record BlochSequence(String name, List<HardPulse> pulses, double durationS, List<Double> echoTimes) {

    public BlochSequence {
        pulses = new ArrayList<>(pulses);
        pulses.sort(Comparator.comparingDouble(HardPulse::timeS));
        pulses = List.copyOf(pulses);
        echoTimes = List.copyOf(echoTimes);
        if (!(durationS > 0) || !Double.isFinite(durationS)) {
            throw new IllegalArgumentException("duration must be positive [s], got " + durationS);
        }
        if (!pulses.isEmpty() && pulses.get(pulses.size() - 1).timeS() > durationS) {
            throw new IllegalArgumentException("a pulse at " + pulses.get(pulses.size() - 1).timeS()
                    + " s lies after the end of the simulation (" + durationS + " s)");
        }
    }

    /** Free induction decay: a 90° pulse about x at t = 0, then watch for durationS. */
    public static BlochSequence fid(double durationS) {
        return new BlochSequence("FID", List.of(HardPulse.degrees(0, 90, 0)), durationS, List.of());
    }

    /**
     * Spin echo 90°ₓ – TE/2 – 180°ᵧ: the 180° pulse mirrors every isochromat's phase, so static off-resonance
     * dephasing is undone at TE and the echo amplitude is e^(−TE/T2) (Hahn 1950; Carr &amp; Purcell 1954 for
     * the 180° refocusing pulse).
     */
    public static BlochSequence spinEcho(double teS, double durationS) {
        requirePositive(teS, "TE");
        return new BlochSequence("spin echo", List.of(HardPulse.degrees(0, 90, 0), HardPulse.degrees(teS / 2, 180, 90)),
                durationS, List.of(teS));
    }

    /**
     * Three 90°ₓ pulses at 0, τ and τ + TM (Hahn 1950): besides the spin echoes at 2τ, 2T − 2τ, 2T − τ and 2T
     * (T = τ + TM), the stimulated echo at T + τ = 2τ + TM. Its amplitude is ½·e^(−TM/T1)·e^(−2τ/T2): the second
     * pulse stores half of the phase-encoded magnetization along z (the cos part), where it relaxes with T1 during
     * TM, and the third brings it back to be refocused after another τ.
     */
    public static BlochSequence stimulatedEcho(double tauS, double tmS, double durationS) {
        requirePositive(tauS, "τ");
        requirePositive(tmS, "TM");
        return new BlochSequence("stimulated echo", List.of(HardPulse.degrees(0, 90, 0), HardPulse.degrees(tauS, 90, 0),
                HardPulse.degrees(tauS + tmS, 90, 0)), durationS, List.of(2 * tauS, 2 * tauS + tmS));
    }

    /** Inversion recovery watched on Mz: a 180° pulse at t = 0; Mz(t) = 1 − 2·e^(−t/T1). */
    public static BlochSequence inversion(double durationS) {
        return new BlochSequence("inversion recovery", List.of(HardPulse.degrees(0, 180, 0)), durationS, List.of());
    }

    private static void requirePositive(double v, String name) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be positive [s], got " + v);
        }
    }
}
