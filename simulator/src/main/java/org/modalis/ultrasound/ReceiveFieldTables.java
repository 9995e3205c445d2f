package org.modalis.ultrasound;

/**
 * The receive field of delay-and-sum ({@link ReceiveBeam}) tabulated in the line frame for an unbounded healthy
 * linear array whose elements sit at d_m = m·p + δ₀ from the line, as the unnormalised sums the beamformer forms,
 * S = Σ_m w_m·D·√(r_ref/ρ_m)·e^{i2πf·Δt_m} and K = Σ_m w_m (H_rx = S/K), and their first derivatives in the echo's
 * frequency f and mean slowness m to second order. Each row j is evaluated at the typical echo of its depth
 * ({@link EchoProfile}: f_j, m_j) and a lookup corrects each source, S + δf·∂S/∂f + δm·∂S/∂m + ½δf²·∂²S/∂f² +
 * δf·δm·∂²S/∂f∂m + ½δm²·∂²S/∂m² over K + δm·∂K/∂m + ½δm²·∂²K/∂m² (δf = f − f_j, δm = m − m_j):
 * <ul>
 *   <li>a term is w·E, E = g·D·√(r_ref/ρ)·e^{iφ}, φ = 2πf·(|p − e|/c − m·|s − e|); ∂φ/∂f = 2π(|p − e|/c − m·ρ),
 *   so ∂E/∂f = i·∂φ/∂f·E and ∂²E/∂f² = −(∂φ/∂f)²·E;</li>
 *   <li>m sets the on-line focus the beamformer looks at when the echo arrives, r = c·m·|s − O| (c its assumed
 *   speed), hence p, the aperture a = max(r/(2F#), p) and φ: φ' = 2πf(r·|s − O|/|p − e| − ρ),
 *   φ'' = 2πf·c·|s − O|²·d²/|p − e|³, and with x = d/a ∝ 1/m (while a = r/(2F#)) w' = ½π·sin(πx)·x/m,
 *   w'' = −½π(π·cos(πx)·x² + 2·sin(πx)·x)/m²; (wE)'' = (w'' − wφ'²)E + (2w'φ' + wφ'')·iE, and
 *   ∂²(wE)/∂f∂m = −w·∂φ/∂f·φ'·E + (w'·∂φ/∂f + w·φ'/f)·iE.</li>
 * </ul>
 * A term factors as w(d, r)·e^{i2πf|p − e|/c} × D(x/ρ)·√(r_ref/ρ)·e^{−i2πf·m·ρ}: the first factor depends on the
 * element offset d and the entry's focus range r, the second — the element's wave at the source, x = u − d,
 * ρ = √(x² + z²) — on x and the row only. On the lateral step du = p/M the offsets x fall on one lattice, so the
 * element wave is evaluated once per (row, lattice point), and a term costs a square root and three phasors.
 *
 * <p>A real line records only some elements: at the array's ends its expanding aperture is clipped, and a faulty
 * element records g·(its echo) while the unaware beamformer still counts its weight. All sums are linear in the
 * elements, so the line's are the complete ones less the terms it lacks ({@link #subtract}), each over the entries
 * whose aperture reaches the element. Filled in parallel, each entry on its own; read-only afterwards.
 */
final class ReceiveFieldTables {

    private static final double TWO_PI = 2 * Math.PI;
    /** Values per entry in {@link #sums}: S re, im, ∂S/∂f re, im, K — all a lookup needs at its row's echo. */
    static final int BASE = 5;
    /**
     * Values per entry in {@link #corrections}: ∂S/∂m re, im, ∂²S/∂m² re, im, ∂²S/∂f² re, im, ∂²S/∂f∂m re, im, ∂K/∂m,
     * ∂²K/∂m² — what an echo off its row's slowness (or far off its frequency) needs besides.
     */
    static final int CORRECTIONS = 10;

    final LineFrameGrid grid;
    /** The mean echo of each row: the point the corrections expand about. */
    final EchoProfile.Rows rows;
    /** Per entry, interleaved ({@link #BASE} values). */
    final float[] sums;
    /**
     * Per entry, interleaved ({@link #CORRECTIONS} values), filled on first need ({@link #corrections()}): kept apart
     * so that lookups without them read less, and a frame whose echoes all sit at their rows' (a uniform medium)
     * never pays for them.
     */
    private float[] corrections;
    /** Per entry: the source's distance |s − O| = √(u² + z²) and 1/a(r). */
    private final double[] sourceRange;
    private final double[] perHalf;
    private final double offset;
    private final double pitch;
    private final int perPitch;
    private final double fNumber;
    private final double speed;
    private final PhasorTable phasors;
    /** Per row j: the element wave D·√(r_ref/ρ)·e^{−i2πf_j·m_j·ρ} and ρ at lattice offsets x = e·du − δ₀. */
    private final float[][] waveRe;
    private final float[][] waveIm;
    private final float[][] waveRange;
    private final int[] waveFirst;

    /**
     * @param speed    the beamformer's assumed speed c [m/s]
     * @param offset   δ₀ [m], the element grid's offset from the lines
     * @param perPitch M: the grid's du = pitch/M
     * @param rows     the mean echo (f_j, m_j) of each row of {@code grid}
     */
    ReceiveFieldTables(Transducer probe, double fNumber, double speed, double offset, int perPitch, LineFrameGrid grid,
                       EchoProfile.Rows rows, PhasorTable phasors, DirectivityTable directivity) {
        this.grid = grid;
        this.rows = rows;
        this.offset = offset;
        this.pitch = probe.pitch();
        this.perPitch = perPitch;
        this.fNumber = fNumber;
        this.speed = speed;
        this.phasors = phasors;
        sums = new float[BASE * grid.size()];
        sourceRange = new double[grid.size()];
        perHalf = new double[grid.size()];
        waveRe = new float[grid.rows][];
        waveIm = new float[grid.rows][];
        waveRange = new float[grid.rows][];
        waveFirst = new int[grid.rows];
        OneAtATime.forEach(grid.firstRow, grid.rows, j -> {
            fillWave(j, directivity);
            fillRow(j);
        });
    }

    /** The half-width of the expanding aperture for an echo from range ρ_O in row j: max(c·m_j·ρ_O/(2F#), pitch). */
    private double half(int j, double rangeFromOrigin) {
        return Math.max(speed * rows.slowness()[j] * rangeFromOrigin * (0.5 / fNumber), pitch);
    }

    /** Row j's element wave over every offset x = u_i − d_m an entry of the row can meet inside its aperture. */
    private void fillWave(int j, DirectivityTable directivity) {
        int w = grid.width(j);
        double z = grid.z(j), k = TWO_PI * rows.frequency()[j] * rows.slowness()[j];
        int span = (int) Math.ceil(half(j, Math.hypot(grid.u(w), z)) / pitch) + 1;
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
        double[] acc = new double[BASE];
        for (int i = -grid.width(j); i <= grid.width(j); i++) {
            double u = grid.u(i), rho = Math.sqrt(u * u + z * z), half = half(j, rho);
            int entry = grid.index(i, j);
            sourceRange[entry] = rho;
            perHalf[entry] = 1 / half;
            java.util.Arrays.fill(acc, 0);
            addTerms(i, j, firstElement(half), lastElement(half), 1, false, acc);
            for (int k = 0; k < BASE; k++) {
                sums[BASE * entry + k] = (float) acc[k];
            }
        }
    }

    private int firstElement(double half) {
        return (int) Math.ceil((-half - offset) / pitch);
    }

    private int lastElement(double half) {
        return (int) Math.floor((half - offset) / pitch);
    }

    /**
     * The corrections of every entry ({@link #CORRECTIONS} values each), computed in parallel on the first call:
     * the same sums as the constructor's with the derivative terms added, so the base values are not stored again.
     */
    synchronized float[] corrections() {
        if (corrections == null) {
            float[] c = new float[CORRECTIONS * grid.size()];
            OneAtATime.forEach(grid.firstRow, grid.rows, j -> {
                double[] acc = new double[BASE + CORRECTIONS];
                for (int i = -grid.width(j); i <= grid.width(j); i++) {
                    int entry = grid.index(i, j);
                    double half = half(j, sourceRange[entry]);
                    java.util.Arrays.fill(acc, 0);
                    addTerms(i, j, firstElement(half), lastElement(half), 1, true, acc);
                    for (int k = 0; k < CORRECTIONS; k++) {
                        c[CORRECTIONS * entry + k] = (float) acc[BASE + k];
                    }
                }
            });
            corrections = c;
        }
        return corrections;
    }

    /**
     * Adds g × the terms of elements m = from … to inside the aperture (|d_m| &lt; a) to acc (an entry of
     * {@link #sums} followed by one of {@link #corrections}, those only if {@code full}; the weights unscaled by g),
     * for entry (i, j). One loop in one method, so that the compiler
     * keeps it whole (a per-element call was not inlined and cost twice as much).
     */
    private void addTerms(int i, int j, int from, int to, double g, boolean full, double[] acc) {
        int entry = grid.index(i, j), first = waveFirst[j];
        double rhoO = sourceRange[entry], ph = perHalf[entry], m = rows.slowness()[j], f = rows.frequency()[j];
        double r = speed * m * rhoO, k = TWO_PI * f / speed, perM = 1 / m, perC = 1 / speed, perF = 1 / f;
        double curvature = TWO_PI * f * speed * rhoO * rhoO;
        boolean expanding = r * (0.5 / fNumber) > pitch; // a = r/(2F#) grows with m; else a = p
        float[] br = waveRe[j], bi = waveIm[j], rho = waveRange[j];
        // The sums in locals, not in acc: a sum carried through an array waits on each store (measured: the 4 cm
        // table of the tests built 1.15x as fast).
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        double c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0, c9 = 0;
        for (int n = from; n <= to; n++) {
            double d = n * pitch + offset, x = d * ph;
            if (Math.abs(x) >= 1) {
                continue;
            }
            int hann = PhasorTable.index(Math.PI * x);
            double cosH = phasors.cosAt(hann), w = 0.5 * (1 + cosH);
            double toPoint = Math.sqrt(d * d + r * r);
            int e = i - n * perPitch - first, p = PhasorTable.index(k * toPoint);
            double ar = phasors.cosAt(p), ai = phasors.sinAt(p);
            double c = g * (ar * br[e] - ai * bi[e]), s = g * (ar * bi[e] + ai * br[e]); // E = g·amp·e^{iφ}
            double dt = TWO_PI * (toPoint * perC - m * rho[e]); // ∂φ/∂f
            s0 += w * c;
            s1 += w * s;
            s2 -= w * dt * s;
            s3 += w * dt * c;
            s4 += w;
            if (full) {
                double perPoint = 1 / toPoint;
                double sinH = phasors.sinAt(hann);
                double w1 = expanding ? 0.5 * Math.PI * sinH * x * perM : 0;
                double w2 = expanding ? -0.5 * Math.PI * (Math.PI * cosH * x * x + 2 * sinH * x) * perM * perM : 0;
                double p1 = TWO_PI * f * (r * rhoO * perPoint - rho[e]); // ∂φ/∂m
                double p2 = curvature * d * d * perPoint * perPoint * perPoint; // ∂²φ/∂m²
                double real2 = w2 - w * p1 * p1, imag2 = 2 * w1 * p1 + w * p2;
                double realFm = -w * dt * p1, imagFm = w1 * dt + w * p1 * perF;
                c0 += w1 * c - w * p1 * s;
                c1 += w1 * s + w * p1 * c;
                c2 += real2 * c - imag2 * s;
                c3 += real2 * s + imag2 * c;
                c4 -= w * dt * dt * c;
                c5 -= w * dt * dt * s;
                c6 += realFm * c - imagFm * s;
                c7 += realFm * s + imagFm * c;
                c8 += w1;
                c9 += w2;
            }
        }
        acc[0] += s0;
        acc[1] += s1;
        acc[2] += s2;
        acc[3] += s3;
        acc[4] += s4;
        if (full) {
            acc[5] += c0;
            acc[6] += c1;
            acc[7] += c2;
            acc[8] += c3;
            acc[9] += c4;
            acc[10] += c5;
            acc[11] += c6;
            acc[12] += c7;
            acc[13] += c8;
            acc[14] += c9;
        }
    }

    /**
     * Subtracts from the sums s and corrections c (laid out as {@link #sums}, {@link #corrections}; c may be null)
     * element m's terms times Δg and its weights times {@code removeWeight} (−1, 0 or 1), over every entry whose
     * aperture reaches it: the sums of an aperture where element m records Δg less (Δg = 1 and weight removed: not
     * recorded at all; negative values put them back).
     */
    void subtract(float[] s, float[] c, int m, double deltaGain, int removeWeight) {
        double d = Math.abs(m * pitch + offset);
        double[] acc = new double[BASE + CORRECTIONS];
        for (int j = grid.firstRow; j < grid.rows; j++) {
            // The aperture reaches d where max(c·m_j·ρ_O/(2F#), p) > |d|: everywhere if |d| < p, else beyond
            // ρ_O = 2F#·|d|/(c·m_j).
            double z = grid.z(j), reach = d < pitch ? 0 : 2 * fNumber * d / (speed * rows.slowness()[j]);
            int w = grid.width(j);
            int inner = z >= reach ? 0 : Math.min(w + 1, (int) Math.floor(Math.sqrt(reach * reach - z * z) / grid.du));
            for (int i = -w; i <= -inner; i++) {
                subtractEntry(s, c, i, j, m, deltaGain, removeWeight, acc);
            }
            for (int i = Math.max(inner, 1 - inner); i <= w; i++) {
                subtractEntry(s, c, i, j, m, deltaGain, removeWeight, acc);
            }
        }
    }

    private void subtractEntry(float[] s, float[] c, int i, int j, int m, double deltaGain, int removeWeight,
                               double[] acc) {
        int entry = grid.index(i, j);
        java.util.Arrays.fill(acc, 0);
        addTerms(i, j, m, m, deltaGain, c != null, acc);
        int base = BASE * entry;
        for (int k = 0; k < 4; k++) {
            s[base + k] -= (float) acc[k];
        }
        s[base + 4] -= (float) (removeWeight * acc[4]);
        if (c != null) {
            int corr = CORRECTIONS * entry;
            for (int k = 0; k < 8; k++) {
                c[corr + k] -= (float) acc[BASE + k];
            }
            c[corr + 8] -= (float) (removeWeight * acc[BASE + 8]);
            c[corr + 9] -= (float) (removeWeight * acc[BASE + 9]);
        }
    }
}
