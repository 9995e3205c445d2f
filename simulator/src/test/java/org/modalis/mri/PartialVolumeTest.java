package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.image.Image;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Ellipsoid;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.Rng;
import org.modalis.tissue.MrProperties;
import org.modalis.tissue.RelaxationTimes;
import org.modalis.tissue.Tissue;

/**
 * Through-slice partial volume at the pixel level: a 4 mm sphere (signal s₁) centred in a slice of thickness T inside a
 * ball of background (s₀) reconstructs at its centre to s₀ + (s₁ − s₀)·min(1, 2r/T), the slab mean along its chord.
 */
class PartialVolumeTest {

    private static final double R = 0.002;
    /** 256² over 64 mm: 0.25 mm pixels, the sphere 16 pixels across. */
    private static final int N = 256;
    private static final double FOV = 0.064;

    private static final Tissue BACKGROUND = new Tissue("background", "test", null,
            new MrProperties(0.3, new RelaxationTimes(1.0, 0.1, 0.05), new RelaxationTimes(1.0, 0.1, 0.05), 0, "test"));

    @Test
    void sphereCentreShowsTheVolumeFractionOfItsChord() {
        double s1 = MriFixtures.waterSignal(), s0 = 0.3 * s1;
        for (double t : new double[] {0.010, 0.006, 0.002}) {
            double expected = s0 + (s1 - s0) * Math.min(1, 2 * R / t);
            // Tolerance: the reconstruction is the slab-mean map band-limited to |k| ≤ 1/(2·0.25 mm). At the centre that
            // map is the smooth cap s₀ + Δ·2√(r² − ρ²)/T (curvature −2Δ/(rT)), whose band-limiting moves the centre by
            // ~Δ·Δx²/(6rT) ≈ 0.1 % of Δ at T = 10 mm; the ringing of the cap's rim (where the chord drops to 0 or, for
            // T < 2r, where the sphere leaves the slab: a step of Δ 7 px away) adds up to ~2 % of Δ (Gibbs: 9 % of
            // the step, falling as 1/(π·distance in px), the circular rim focusing it at the centre); measured −0.4 %,
            // −0.6 % and −1.7 % of Δ at T = 10, 6 and 2 mm. 2.5 % of Δ = s₁ − s₀; the truth pixel (exact slab average,
            // no band limit) is held to the sub-pixel spread of the chord, 0.2 %.
            assertEquals(expected, centre(image(t)), 0.025 * (s1 - s0), "T = " + t);
            assertEquals(expected, centre(truth(t)), 0.002 * (s1 - s0), "truth, T = " + t);
        }
    }

    private static AnalyticPhantom phantom() {
        double c = FOV / N / 2;   // a pixel centre (Grid: x = (i + ½ − N/2)·Δx)
        return new AnalyticPhantom("pv", List.of(
                Region.of(new Ellipsoid(Pose.aboutZ(0, 0, 0, 0), 0.025, 0.025, 0.025), BACKGROUND),
                Region.of(new Ellipsoid(Pose.aboutZ(c, c, 0, 0), R, R, R), MriFixtures.WATER)));
    }

    private static MrProtocol protocol(double t) {
        return new MrProtocol(PulseSequence.SE, 2.0, 0.02, 0, 90, FOV, FOV, N, N, t, 0, 1, 130, PhaseDirection.AP, 2, false, null);
    }

    private static Image image(double t) {
        MrProtocol p = protocol(t);
        KSpace k = MrAcquisition.acquire(phantom(), new MrScanner(1.5), p, new Rng(1));
        return new CartesianRecon(1, ReconWindow.NONE).reconstruct(k, p).magnitude();
    }

    private static Image truth(double t) {
        MrProtocol p = protocol(t);
        var grid = image(t).grid();
        var signals = TissueSignals.of(phantom().tissues(), new MrScanner(1.5), p);
        return TruthComposition.of(phantom(), grid, 0, t).render(signals.signal());
    }

    private static double centre(Image image) {
        return image.data()[(N / 2) * N + N / 2];
    }
}
