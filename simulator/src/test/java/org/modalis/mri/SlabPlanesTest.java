package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Ellipsoid;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.Rng;

/** Through-slice partial volume of a 3-D phantom: the k = 0 sample is the slab-averaged section area × signal. */
class SlabPlanesTest {

    @Test
    void kSpaceCentreOfASphereSlabIsItsMeanSectionArea() {
        double r = 0.01, z0 = 0.007, dz = 0.005;
        var sphere = new AnalyticPhantom("sphere", List.of(Region.of(new Ellipsoid(Pose.aboutZ(0, 0, 0, 0), r, r, r),
                MriFixtures.WATER)));
        MrProtocol p = new MrProtocol(PulseSequence.SE, 2.0, 0.02, 0, 90, 0.24, 0.24, 64, 64, dz, z0, 1, 130,
                PhaseDirection.AP, 1, false, null);
        KSpace k = MrAcquisition.acquire(sphere, new MrScanner(1.5), p, new Rng(1));
        float centre = k.data()[k.offset(32, 32)];
        // Exact: mean of π(r² − z²) over z ∈ [z0 − dz/2, z0 + dz/2], mean z² = (b³ − a³)/(3(b − a)).
        double a = z0 - dz / 2, b = z0 + dz / 2;
        double meanArea = Math.PI * (r * r - (b * b * b - a * a * a) / (3 * (b - a)));
        // Midpoint rule with 5 planes on a quadratic: relative error dz²/(24·25)·|A''|/A = 1.6e-3 here (the
        // centre plane alone would be 4 % off); float storage adds 1e-7.
        assertEquals(meanArea * MriFixtures.waterSignal(), centre, 2e-3 * meanArea * MriFixtures.waterSignal());
        assertEquals(0, k.data()[k.offset(32, 32) + 1], 1e-6 * meanArea);
    }
}
