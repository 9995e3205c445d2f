package org.modalis.mri;

import java.util.List;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * Root-sum-of-squares coil combination, |m| = √(Σ_c |m_c|²) (Roemer et al., MRM 16 (1990) 192): no coil
 * maps needed, SNR-optimal up to the shading √(Σ_c |S_c|²) it leaves in the image. Over pure noise the result
 * follows a χ distribution with 2N degrees of freedom (N coils), mean σ·√2·Γ(N + ½)/Γ(N) — a higher noise
 * floor than one coil's Rayleigh 1.25σ.
 */
public final class RssRecon {

    private RssRecon() {
    }

    /** Reconstructs each coil with {@code recon} and combines the magnitudes; the phase is that of coil 1. */
    public static MrImages reconstruct(List<KSpace> coils, MrProtocol protocol, CartesianRecon recon) {
        MrImages first = recon.reconstruct(coils.get(0), protocol);
        float[] sum = new float[first.magnitude().data().length];
        for (int c = 0; c < coils.size(); c++) {
            float[] m = c == 0 ? first.magnitude().data() : recon.reconstruct(coils.get(c), protocol).magnitude().data();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += m[i] * m[i];
            }
        }
        double max = 0;
        for (int i = 0; i < sum.length; i++) {
            sum[i] = (float) Math.sqrt(sum[i]);
            max = Math.max(max, sum[i]);
        }
        Image mag = new Image(first.magnitude().grid(), sum, "magnitude (RSS of " + coils.size() + " coils)", "a.u.",
                Window.ofRange(0, max > 0 ? max : 1));
        return new MrImages(mag, first.phase());
    }
}
