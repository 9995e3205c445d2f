package org.modalis.ultrasound;

import java.util.stream.IntStream;

/**
 * The receive field of delay-and-sum ({@link ReceiveBeam}) tabulated in the line frame for an unbounded healthy
 * linear array whose elements sit at d_m = m·p + δ₀ from the line, as the unnormalised sums the beamformer forms:
 * S = Σ_m w_m·D·√(r_ref/ρ_m)·e^{i2πf·Δt_m} (slowness 1/c), its frequency derivative dS = Σ_m i2πΔt_m·(term), and
 * the Hann weight K = Σ_m w_m, with H_rx = S/K. Each row j is evaluated at its own frequency f_j (the mean echo
 * frequency at that depth: the attenuation downshift) and a lookup corrects to first order in f − f_j.
 *
 * <p>A term factors as w(d, r)·e^{i2πf|p − e|/c} × D(x/ρ)·√(r_ref/ρ)·e^{−i2πfρ/c}: the first factor depends on the
 * element offset d and the entry's range r (the on-line focus p at that range), the second — the element's wave at
 * the source, x = u − d, ρ = √(x² + z²) — on x and the row only. On the lateral step du = p/M the offsets x fall on
 * one lattice, so the element wave is evaluated once per (row, lattice point) ({@link #waveRe}), and a term costs a
 * square root and two phasors (measured 34 → 12 ns per term).
 *
 * <p>A real line records only some elements: at the array's ends its expanding aperture is clipped, and a faulty
 * element records g·(its echo) while the unaware beamformer still counts its weight. Both sums are linear in the
 * elements, so the line's S and K are the complete ones less the terms it lacks, (1 − g_m)·term_m in S and w_m in K
 * for an element it does not record ({@link #subtract}), each over the entries whose aperture |d| &lt;
 * max(r/(2F#), p) reaches it. Filled in parallel, each entry on its own; read-only afterwards.
 */
final class ReceiveFieldTables {

    private static final double TWO_PI = 2 * Math.PI;
    /** Values per entry in {@link #sums}. */
    static final int FIELDS = 5;

    final LineFrameGrid grid;
    /** The echo frequency [Hz] of each row. */
    final double[] rowFrequency;
    /** Per entry, interleaved: S re, S im, dS re, dS im, K ({@link #FIELDS} values). */
    final float[] sums;
    /** Per entry: its range r = √(u² + z²) and 1/max(r/(2F#), p), kept for the terms subtracted later. */
    private final double[] range;
    private final double[] perHalf;
    private final double offset;
    private final double pitch;
    private final int perPitch;
    private final double fNumber;
    private final double speed;
    private final double perSpeed;
    /** Per row: 2πf_j/c, the wavenumber of the row's echo frequency. */
    private final double[] waveNumber;
    private final PhasorTable phasors;
    /** Per row j: the element wave D·√(r_ref/ρ)·e^{−i2πf_jρ/c} and ρ at lattice offsets x = e·du − δ₀. */
    private final float[][] waveRe;
    private final float[][] waveIm;
    private final float[][] waveRange;
    /** Per row j: the lattice offset e of the first stored wave value. */
    private final int[] waveFirst;

    /**
     * @param speed    the beamformer's assumed speed c [m/s]
     * @param offset   δ₀ [m], the element grid's offset from the lines
     * @param perPitch M: the grid's du = pitch/M
     */
    ReceiveFieldTables(Transducer probe, double fNumber, double speed, double offset, int perPitch, LineFrameGrid grid,
                       double[] rowFrequency, PhasorTable phasors, DirectivityTable directivity) {
        this.grid = grid;
        this.rowFrequency = rowFrequency.clone();
        this.offset = offset;
        this.pitch = probe.pitch();
        this.perPitch = perPitch;
        this.fNumber = fNumber;
        this.speed = speed;
        this.perSpeed = 1 / speed;
        this.phasors = phasors;
        waveNumber = new double[grid.rows];
        for (int j = 0; j < grid.rows; j++) {
            waveNumber[j] = TWO_PI * rowFrequency[j] / speed;
        }
        sums = new float[FIELDS * grid.size()];
        range = new double[grid.size()];
        perHalf = new double[grid.size()];
        waveRe = new float[grid.rows][];
        waveIm = new float[grid.rows][];
        waveRange = new float[grid.rows][];
        waveFirst = new int[grid.rows];
        IntStream.range(grid.firstRow, grid.rows).parallel().forEach(j -> {
            fillWave(j, directivity);
            fillRow(j);
        });
    }

    /** The half-width of the expanding aperture at range r: max(r/(2F#), pitch). */
    private double half(double r) {
        return Math.max(r * (0.5 / fNumber), pitch);
    }

    /** Row j's element wave over every offset x = u_i − d_m an entry of the row can meet inside its aperture. */
    private void fillWave(int j, DirectivityTable directivity) {
        int w = grid.width(j);
        double z = grid.z(j), k = TWO_PI * rowFrequency[j] / speed;
        int span = (int) Math.ceil(half(Math.hypot(grid.u(w), z)) / pitch) + 1;
        int first = -w - span * perPitch, last = w + span * perPitch;
        float[] re = new float[last - first + 1], im = new float[re.length], rho = new float[re.length];
        for (int e = first; e <= last; e++) {
            double x = e * grid.du - offset, range = Math.sqrt(x * x + z * z);
            double amp = directivity.at(x / range) * Math.sqrt(TransmitBeam.REFERENCE_RANGE / range);
            re[e - first] = (float) (amp * phasors.cos(-k * range));
            im[e - first] = (float) (amp * phasors.sin(-k * range));
            rho[e - first] = (float) range;
        }
        waveRe[j] = re;
        waveIm[j] = im;
        waveRange[j] = rho;
        waveFirst[j] = first;
    }

    private void fillRow(int j) {
        double z = grid.z(j);
        double[] acc = new double[FIELDS];
        for (int i = -grid.width(j); i <= grid.width(j); i++) {
            double u = grid.u(i), r = Math.sqrt(u * u + z * z), half = half(r);
            int entry = grid.index(i, j);
            range[entry] = r;
            perHalf[entry] = 1 / half;
            java.util.Arrays.fill(acc, 0);
            addTerms(i, j, (int) Math.ceil((-half - offset) / pitch), (int) Math.floor((half - offset) / pitch), 1, acc);
            for (int k = 0; k < FIELDS; k++) {
                sums[FIELDS * entry + k] = (float) acc[k];
            }
        }
    }

    /**
     * Adds g × the terms of elements m = from … to (those inside the aperture, |d_m| &lt; max(r/(2F#), p)) to
     * acc = {S re, S im, dS re, dS im} and their weights to acc[4], for entry (i, j). One loop in one method without
     * a division, so that the compiler keeps it whole (a per-element call was not inlined and cost twice as much).
     */
    private void addTerms(int i, int j, int from, int to, double g, double[] acc) {
        int entry = grid.index(i, j), first = waveFirst[j];
        double r = range[entry], ph = perHalf[entry], k = waveNumber[j];
        float[] br = waveRe[j], bi = waveIm[j], rho = waveRange[j];
        double sr = 0, si = 0, dr = 0, di = 0, weight = 0;
        for (int m = from; m <= to; m++) {
            double d = m * pitch + offset, x = Math.abs(d) * ph;
            if (x >= 1) {
                continue;
            }
            double w = 0.5 * (1 + phasors.cos(Math.PI * x)), gw = g * w;
            double toPoint = Math.sqrt(d * d + r * r);
            int e = i - m * perPitch - first, p = PhasorTable.index(k * toPoint);
            double ar = gw * phasors.cosAt(p), ai = gw * phasors.sinAt(p);
            double c = ar * br[e] - ai * bi[e], s = ar * bi[e] + ai * br[e];
            double dt = TWO_PI * (toPoint - rho[e]) * perSpeed; // d/df of e^{i2πfΔt} = i2πΔt·e^{i2πfΔt}
            sr += c;
            si += s;
            dr -= dt * s;
            di += dt * c;
            weight += w;
        }
        acc[0] += sr;
        acc[1] += si;
        acc[2] += dr;
        acc[3] += di;
        acc[4] += weight;
    }

    /**
     * Subtracts from the sums s (laid out as {@link #sums}) element m's term times Δg and its weight times
     * {@code removeWeight} (−1, 0 or 1), over every entry whose aperture reaches it: the sums of an aperture where
     * element m records Δg less (Δg = 1 and weight removed: not recorded at all; negative values put them back).
     */
    void subtract(float[] s, int m, double deltaGain, int removeWeight) {
        double d = m * pitch + offset;
        // The aperture reaches d where max(r/(2F#), p) > |d|: everywhere if |d| < p, else beyond r = 2F#·|d|.
        double reach = Math.abs(d) < pitch ? 0 : 2 * fNumber * Math.abs(d);
        double[] acc = new double[FIELDS];
        for (int j = grid.firstRow; j < grid.rows; j++) {
            double z = grid.z(j);
            int w = grid.width(j);
            int inner = z >= reach ? 0 : Math.min(w + 1, (int) Math.floor(Math.sqrt(reach * reach - z * z) / grid.du));
            for (int i = -w; i <= -inner; i++) {
                subtractEntry(s, i, j, m, deltaGain, removeWeight, acc);
            }
            for (int i = Math.max(inner, 1 - inner); i <= w; i++) {
                subtractEntry(s, i, j, m, deltaGain, removeWeight, acc);
            }
        }
    }

    private void subtractEntry(float[] s, int i, int j, int m, double deltaGain, int removeWeight, double[] acc) {
        int idx = FIELDS * grid.index(i, j);
        java.util.Arrays.fill(acc, 0);
        addTerms(i, j, m, m, deltaGain, acc);
        s[idx] -= (float) acc[0];
        s[idx + 1] -= (float) acc[1];
        s[idx + 2] -= (float) acc[2];
        s[idx + 3] -= (float) acc[3];
        s[idx + 4] -= (float) (removeWeight * acc[4]);
    }
}
