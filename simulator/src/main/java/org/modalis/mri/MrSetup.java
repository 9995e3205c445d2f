package org.modalis.mri;

import java.util.List;
import java.util.Objects;

/**
 * What shapes the data beyond the console protocol: the k-space trajectory, the magnet's field errors and
 * receive-chain faults.
 *
 * @param radial the radial trajectory, or null for Cartesian sampling
 * @param shim   static off-resonance map (linear), {@link ShimField#NONE} for a perfect magnet
 * @param faults receive-chain faults (Cartesian only)
 * @param coils  receive coil array (Cartesian only), or null for one uniform (body) coil
 * @param sense  SENSE acceleration along phase: 1 (off) or {@link SenseRecon#R} (needs a coil array)
 * @param echoes images of a multi-echo spin echo (a CPMG train at TE, 2·TE, …), 1 for a single image
 */
public record MrSetup(RadialTrajectory radial, ShimField shim, List<KSpaceFault> faults, CoilArray coils, int sense,
                      int echoes) {

    /** Cartesian sampling, a perfect magnet, no faults, the body coil. */
    public static final MrSetup CARTESIAN = new MrSetup(null, ShimField.NONE, List.of(), null, 1);

    /** Maximum echoes of a multi-echo spin echo (a CPMG train). */
    public static final int MAX_ECHOES = 32;

    /** One image per excitation (no multi-echo series). */
    public MrSetup(RadialTrajectory radial, ShimField shim, List<KSpaceFault> faults, CoilArray coils, int sense) {
        this(radial, shim, faults, coils, sense, 1);
    }

    public MrSetup {
        Objects.requireNonNull(shim, "shim");
        if (echoes < 1 || echoes > MAX_ECHOES) {
            throw new IllegalArgumentException("echoes must be in [1, " + MAX_ECHOES + "], got " + echoes);
        }
        if (echoes > 1 && (radial != null || coils != null)) {
            throw new IllegalArgumentException("a multi-echo series is modelled for Cartesian single-coil spin echo only");
        }
        faults = List.copyOf(faults);
        if (radial != null && !faults.isEmpty()) {
            throw new IllegalArgumentException("spike and zipper faults are modelled for Cartesian k-space only");
        }
        if (sense != 1 && (sense != SenseRecon.R || coils == null)) {
            throw new IllegalArgumentException("SENSE acceleration must be 1 or " + SenseRecon.R + " (with a coil array), got " + sense);
        }
        if (radial != null && coils != null) {
            throw new IllegalArgumentException("receive coil arrays are modelled for Cartesian k-space only");
        }
    }
}
