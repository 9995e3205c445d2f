package org.modalis.mri;

import java.util.List;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * SENSE unfolding for Cartesian acceleration R = 2 along phase (AP) (Pruessmann et al., MRM 42 (1999) 952):
 * every R-th phase line is acquired (the centre line included), each coil's half-FOV image aliases the two
 * pixels y and y ± FOV/2 onto one, and with the known sensitivities S (the coil Fourier series) each pixel
 * pair is unfolded by least squares, ρ = (SᴴS)⁻¹Sᴴa. The noise is amplified by the geometry factor
 * g = √([(SᴴS)⁻¹]_jj·[SᴴS]_jj) ≥ 1 (equal, uncorrelated coil noise) on top of the √R of fewer lines; the
 * unfolded image is the object itself (no coil shading).
 */
public final class SenseRecon {

    /** The only acceleration modelled. */
    public static final int R = 2;

    private SenseRecon() {
    }

    /** Unfolded magnitude and the g-factor map (0 where the pair is not determined). */
    public record Result(MrImages images, Image gFactor) {
    }

    /** The lines a SENSE acquisition keeps: every R-th from line 0, so the centre N_p/2 is among them. */
    public static KSpace undersample(KSpace full) {
        int lines = full.phaseLines() / R, nr = full.readSamples();
        float[] d = new float[2 * lines * nr];
        for (int q = 0; q < lines; q++) {
            System.arraycopy(full.data(), full.offset(R * q, 0), d, 2 * q * nr, 2 * nr);
        }
        return new KSpace(lines, nr, full.dkPhase() * R, full.dkRead(), d);
    }

    /**
     * @param coils    each coil's undersampled k-space ({@link #undersample})
     * @param protocol the full protocol (AP phase encoding, matrix_phase divisible by 4)
     */
    public static Result reconstruct(List<KSpace> coils, CoilArray array, MrProtocol protocol, CartesianRecon recon) {
        if (protocol.phaseDirection() != PhaseDirection.AP || protocol.matrixPhase() % (2 * R) != 0) {
            throw new IllegalArgumentException("SENSE is modelled for AP phase encoding with matrix_phase divisible by 4");
        }
        MrProtocol reduced = protocol.withPhaseFov(protocol.fovPhase() / R, protocol.matrixPhase() / R);
        int nc = coils.size();
        float[][] re = new float[nc][], im = new float[nc][];
        Image grid = null;
        for (int c = 0; c < nc; c++) {
            MrImages m = recon.reconstruct(coils.get(c), reduced);
            grid = m.magnitude();
            re[c] = new float[m.magnitude().data().length];
            im[c] = new float[re[c].length];
            for (int i = 0; i < re[c].length; i++) {
                re[c][i] = (float) (m.magnitude().data()[i] * Math.cos(m.phase().data()[i]));
                im[c][i] = (float) (m.magnitude().data()[i] * Math.sin(m.phase().data()[i]));
            }
        }
        return unfold(re, im, array, protocol, grid);
    }

    private static Result unfold(float[][] re, float[][] im, CoilArray array, MrProtocol p, Image reducedImage) {
        int nx = reducedImage.grid().nx(), nyFull = p.matrixPhase(), nyHalf = nyFull / R, nc = re.length;
        var g = reducedImage.grid();
        org.modalis.image.Grid full = new org.modalis.image.Grid(nx, nyFull, 1, g.dx(), g.dy(), g.dz());
        float[] out = new float[nx * nyFull], gmap = new float[nx * nyFull];
        double[] xs = new double[nx], ys = new double[nyFull];
        for (int i = 0; i < nx; i++) {
            xs[i] = full.x(i);
        }
        for (int j = 0; j < nyFull; j++) {
            ys[j] = full.y(j);
        }
        float[][] maps = new float[nc][];
        for (int c = 0; c < nc; c++) {
            maps[c] = array.coils().get(c).map(xs, ys);
        }
        double[][] sr = new double[nc][2], si = new double[nc][2];
        for (int j = 0; j < nyHalf; j++) {
            int[] rows = {j + nyHalf / 2, j < nyHalf / 2 ? j + 3 * nyHalf / 2 : j - nyHalf / 2};
            for (int i = 0; i < nx; i++) {
                for (int c = 0; c < nc; c++) {
                    for (int a = 0; a < 2; a++) {
                        sr[c][a] = maps[c][2 * (rows[a] * nx + i)];
                        si[c][a] = maps[c][2 * (rows[a] * nx + i) + 1];
                    }
                }
                solvePair(sr, si, re, im, j * nx + i, rows, i, nx, out, gmap);
            }
        }
        double max = 0;
        for (float v : out) {
            max = Math.max(max, v);
        }
        Image mag = new Image(full, out, "magnitude (SENSE R = 2)", "a.u.", Window.ofRange(0, max > 0 ? max : 1));
        Image phase = new Image(full, new float[out.length], "phase", "rad", new Window(0, 2 * Math.PI));
        return new Result(new MrImages(mag, phase), new Image(full, gmap, "g-factor", "1", Window.ofRange(1, 3)));
    }

    /** 2 × 2 Hermitian normal equations for one aliased pixel: ρ = (SᴴS)⁻¹Sᴴa, g from the diagonal. */
    private static void solvePair(double[][] sr, double[][] si, float[][] re, float[][] im, int pix, int[] rows, int col,
                                  int nx, float[] out, float[] gmap) {
        double h00 = 0, h11 = 0, h01r = 0, h01i = 0, b0r = 0, b0i = 0, b1r = 0, b1i = 0;
        for (int c = 0; c < sr.length; c++) {
            h00 += sr[c][0] * sr[c][0] + si[c][0] * si[c][0];
            h11 += sr[c][1] * sr[c][1] + si[c][1] * si[c][1];
            h01r += sr[c][0] * sr[c][1] + si[c][0] * si[c][1];   // conj(S0)·S1
            h01i += sr[c][0] * si[c][1] - si[c][0] * sr[c][1];
            b0r += sr[c][0] * re[c][pix] + si[c][0] * im[c][pix];   // conj(S0)·a
            b0i += sr[c][0] * im[c][pix] - si[c][0] * re[c][pix];
            b1r += sr[c][1] * re[c][pix] + si[c][1] * im[c][pix];
            b1i += sr[c][1] * im[c][pix] - si[c][1] * re[c][pix];
        }
        double det = h00 * h11 - (h01r * h01r + h01i * h01i);
        if (!(det > 1e-12 * (h00 * h11 + 1e-300))) {
            return;   // sensitivities cannot tell the two pixels apart: left 0 (g undefined)
        }
        // Inverse of [[h00, h01], [h01*, h11]] = [[h11, −h01], [−h01*, h00]] / det.
        double x0r = (h11 * b0r - (h01r * b1r - h01i * b1i)) / det, x0i = (h11 * b0i - (h01r * b1i + h01i * b1r)) / det;
        double x1r = (h00 * b1r - (h01r * b0r + h01i * b0i)) / det, x1i = (h00 * b1i - (h01r * b0i - h01i * b0r)) / det;
        out[rows[0] * nx + col] = (float) Math.hypot(x0r, x0i);
        out[rows[1] * nx + col] = (float) Math.hypot(x1r, x1i);
        gmap[rows[0] * nx + col] = (float) Math.sqrt(h11 / det * h00);
        gmap[rows[1] * nx + col] = (float) Math.sqrt(h00 / det * h11);
    }
}
