package org.modalis.mri;

import java.util.Locale;
import java.util.Objects;

/**
 * One 2-D Cartesian acquisition as typed on the scanner console.
 *
 * @param sequence            SE, GRE, IR, balanced SSFP or fast spin echo (FSE)
 * @param tr                  repetition time [s], (0, 20]
 * @param te                  echo time [s], (0, TR); for FSE the effective TE, the echo that samples the centre of
 *                            k-space: a multiple of ESP within [ESP, ETL·ESP]
 * @param ti                  inversion time [s] (IR only; ignored otherwise), (0, TR)
 * @param flipDeg             excitation flip angle [deg] (GRE and bSSFP), (0, 180]
 * @param fovRead             field of view along readout [m], (0, 0.6]
 * @param fovPhase            field of view along phase encoding [m], (0, 0.6]
 * @param matrixRead          samples along readout (image columns along read), even, 8 … 1024
 * @param matrixPhase         phase-encoding lines, even, 8 … 1024
 * @param sliceThickness      [m], (0, 0.02]
 * @param slicePosition       z of the slice centre [m]
 * @param nex                 number of excitations averaged, 1 … 16
 * @param bandwidthPerPixelHz receiver bandwidth per pixel [Hz] (total = this × readout samples), 20 … 2000
 * @param phaseDirection      AP or LR
 * @param readoutOversampling 1 (none) or 2: the readout FOV is doubled and cropped in reconstruction
 * @param noise               whether thermal noise is added
 * @param motion              periodic motion during the scan, or null for a still patient
 * @param partialFourier      fraction of the phase-encoding lines acquired, [0.5, 1]: the lines from
 *                            N_p·(1 − fraction) to the last, so the centre of k-space is always sampled; the
 *                            missing lines are zero-filled in reconstruction (no homodyne), which saves scan
 *                            time and costs resolution along phase
 * @param echoTrain           the echo train of FSE (required for it, ignored by the other sequences, may be null
 *                            for them); its length must divide the acquired phase lines, so every train is full
 *                            and every band of k-space has as many lines ({@link EchoTrainOrdering}), and the
 *                            train must end before TR
 */
public record MrProtocol(PulseSequence sequence, double tr, double te, double ti, double flipDeg,
                         double fovRead, double fovPhase, int matrixRead, int matrixPhase,
                         double sliceThickness, double slicePosition, int nex, double bandwidthPerPixelHz,
                         PhaseDirection phaseDirection, int readoutOversampling, boolean noise,
                         PeriodicMotion motion, double partialFourier, EchoTrain echoTrain) {

    public MrProtocol {
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(phaseDirection, "phaseDirection");
        require(tr > 0 && tr <= 20, "TR must be in (0, 20] s, got " + tr);
        require(te > 0 && te < tr, "TE must be in (0, TR) s, got " + te + " with TR " + tr);
        if (sequence == PulseSequence.IR) {
            require(ti > 0 && ti < tr, "TI must be in (0, TR) s, got " + ti + " with TR " + tr);
        }
        require(flipDeg > 0 && flipDeg <= 180, "flip angle must be in (0, 180] deg, got " + flipDeg);
        require(fovRead > 0 && fovRead <= 0.6, "readout FOV must be in (0, 0.6] m, got " + fovRead);
        require(fovPhase > 0 && fovPhase <= 0.6, "phase FOV must be in (0, 0.6] m, got " + fovPhase);
        require(matrixRead >= 8 && matrixRead <= 1024 && matrixRead % 2 == 0, "readout matrix must be even in [8, 1024], got " + matrixRead);
        require(matrixPhase >= 8 && matrixPhase <= 1024 && matrixPhase % 2 == 0, "phase matrix must be even in [8, 1024], got " + matrixPhase);
        require(sliceThickness > 0 && sliceThickness <= 0.02, "slice thickness must be in (0, 0.02] m, got " + sliceThickness);
        require(Double.isFinite(slicePosition), "slice position must be finite [m]");
        require(nex >= 1 && nex <= 16, "NEX must be in [1, 16], got " + nex);
        require(bandwidthPerPixelHz >= 20 && bandwidthPerPixelHz <= 2000, "bandwidth per pixel must be in [20, 2000] Hz, got " + bandwidthPerPixelHz);
        require(readoutOversampling == 1 || readoutOversampling == 2, "readout oversampling must be 1 or 2, got " + readoutOversampling);
        require(partialFourier >= 0.5 && partialFourier <= 1, "partial Fourier fraction must be in [0.5, 1], got " + partialFourier);
        if (sequence == PulseSequence.FSE) {
            requireEchoTrain(echoTrain, tr, te, matrixPhase - (int) Math.round(matrixPhase * (1 - partialFourier)));
        }
    }

    /** A protocol without an echo train (any sequence but FSE). */
    public MrProtocol(PulseSequence sequence, double tr, double te, double ti, double flipDeg,
                      double fovRead, double fovPhase, int matrixRead, int matrixPhase,
                      double sliceThickness, double slicePosition, int nex, double bandwidthPerPixelHz,
                      PhaseDirection phaseDirection, int readoutOversampling, boolean noise,
                      PeriodicMotion motion, double partialFourier) {
        this(sequence, tr, te, ti, flipDeg, fovRead, fovPhase, matrixRead, matrixPhase, sliceThickness, slicePosition,
                nex, bandwidthPerPixelHz, phaseDirection, readoutOversampling, noise, motion, partialFourier, null);
    }

    /**
     * FSE's constraints, each naming the scenario key and the allowed values: the effective TE is one of the echoes,
     * the train fits in TR, and ETL divides the acquired lines.
     */
    private static void requireEchoTrain(EchoTrain train, double tr, double te, int acquiredLines) {
        require(train != null, "fse needs an echo train (mri.etl and mri.esp_ms)");
        if (train.echoAt(te) == 0) {
            long nearest = Math.max(1, Math.min(train.length(), Math.round(te / train.spacing())));
            throw new IllegalArgumentException(String.format(Locale.ROOT, "mri.te_ms is the effective TE of fse and"
                    + " must be an echo: a multiple of mri.esp_ms = %s ms within [ESP, ETL·ESP] = [%s, %s] ms, got %s ms;"
                    + " nearest allowed: %s ms", ms(train.spacing()), ms(train.spacing()), ms(train.duration()), ms(te),
                    ms(nearest * train.spacing())));
        }
        require(train.duration() < tr, "the echo train (mri.etl × mri.esp_ms = " + ms(train.duration())
                + " ms) must end before TR (mri.tr_ms = " + ms(tr) + " ms): shorten the train or lengthen TR");
        if (acquiredLines % train.length() != 0) {
            StringBuilder allowed = new StringBuilder();
            for (int d = 1; d <= EchoTrain.MAX_LENGTH; d++) {
                if (acquiredLines % d == 0) {
                    allowed.append(allowed.length() == 0 ? "" : ", ").append(d);
                }
            }
            throw new IllegalArgumentException("mri.etl must divide the " + acquiredLines + " acquired phase lines"
                    + " (matrix_phase × partial_fourier) so that every echo train is full: got " + train.length()
                    + "; allowed: " + allowed);
        }
    }

    /** A time [s] in ms, without trailing zeros. */
    private static String ms(double seconds) {
        return java.math.BigDecimal.valueOf(Math.round(seconds * 1e9) / 1e6).stripTrailingZeros().toPlainString();
    }

    /** A full-Fourier protocol (every phase line acquired). */
    public MrProtocol(PulseSequence sequence, double tr, double te, double ti, double flipDeg,
                      double fovRead, double fovPhase, int matrixRead, int matrixPhase,
                      double sliceThickness, double slicePosition, int nex, double bandwidthPerPixelHz,
                      PhaseDirection phaseDirection, int readoutOversampling, boolean noise, PeriodicMotion motion) {
        this(sequence, tr, te, ti, flipDeg, fovRead, fovPhase, matrixRead, matrixPhase, sliceThickness, slicePosition,
                nex, bandwidthPerPixelHz, phaseDirection, readoutOversampling, noise, motion, 1.0, null);
    }

    /** Index of the first acquired phase line: N_p·(1 − partial Fourier fraction), rounded. */
    public int firstPhaseLine() {
        return (int) Math.round(matrixPhase * (1 - partialFourier));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Readout samples actually acquired (matrix × oversampling). */
    public int acquiredRead() {
        return matrixRead * readoutOversampling;
    }

    /** Pixel size along readout [m]. */
    public double pixelRead() {
        return fovRead / matrixRead;
    }

    /** Pixel size along phase [m]. */
    public double pixelPhase() {
        return fovPhase / matrixPhase;
    }

    /** Total receiver bandwidth of the acquired readout [Hz]. */
    public double bandwidthTotalHz() {
        return bandwidthPerPixelHz * acquiredRead();
    }

    /** Phase lines acquired: N_p − {@link #firstPhaseLine()}. */
    public int acquiredPhaseLines() {
        return matrixPhase - firstPhaseLine();
    }

    /** Echoes (phase lines) acquired per excitation: ETL for FSE, 1 for the other sequences. */
    public int echoesPerExcitation() {
        return sequence == PulseSequence.FSE ? echoTrain.length() : 1;
    }

    /** Scan time [s]: TR × acquired phase lines / echoes per excitation × NEX (one echo train per TR). */
    public double scanTime() {
        return tr * (acquiredPhaseLines() / echoesPerExcitation()) * nex;
    }

    /** A copy with a different NEX. */
    public MrProtocol withNex(int n) {
        return new MrProtocol(sequence, tr, te, ti, flipDeg, fovRead, fovPhase, matrixRead, matrixPhase, sliceThickness,
                slicePosition, n, bandwidthPerPixelHz, phaseDirection, readoutOversampling, noise, motion, partialFourier, echoTrain);
    }

    /** A copy with a different receiver bandwidth per pixel [Hz]. */
    public MrProtocol withBandwidth(double hzPerPixel) {
        return new MrProtocol(sequence, tr, te, ti, flipDeg, fovRead, fovPhase, matrixRead, matrixPhase, sliceThickness,
                slicePosition, nex, hzPerPixel, phaseDirection, readoutOversampling, noise, motion, partialFourier, echoTrain);
    }

    /** A copy with another phase field of view [m] and number of phase lines (SENSE's reduced FOV). */
    public MrProtocol withPhaseFov(double fov, int lines) {
        return new MrProtocol(sequence, tr, te, ti, flipDeg, fovRead, fov, matrixRead, lines, sliceThickness,
                slicePosition, nex, bandwidthPerPixelHz, phaseDirection, readoutOversampling, noise, motion, partialFourier, echoTrain);
    }
}
