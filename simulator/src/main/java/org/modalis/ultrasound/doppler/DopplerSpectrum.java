package org.modalis.ultrasound.doppler;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The PW Doppler spectral display: a sliding-window (short-time) Fourier transform of the slow-time signal.
 * Each window of N samples is multiplied by a Hann window (side lobes −31 dB, so strong flow does not smear
 * over the display; Harris, Proc. IEEE 66 (1978) 51) and transformed with JTransforms (forward transform
 * X[k] = Σ x[n]·e^{−2πi·nk/N}, so flow towards the probe, x[n] ∝ e^{+2πi·f_D·n/PRF}, lands at k = f_D·N/PRF).
 * The power |X[k]|² is laid out on the displayed frequency axis f_j = (j − N/2 + shift)·PRF/N, each f_j taken
 * from bin k ≡ f_j·N/PRF (mod N): a Doppler shift outside the axis therefore appears wrapped (aliased) — the
 * sampling does that, nothing is painted.
 */
public final class DopplerSpectrum {

    private DopplerSpectrum() {
    }

    /** The spectrogram of {@code signal}. */
    public static Spectrogram compute(SlowTimeSignal signal, SpectrumSettings settings) {
        int n = settings.fftLength();
        int columns = (signal.length() - n) / settings.hop() + 1;
        if (columns < 1) {
            throw new IllegalArgumentException("the signal has " + signal.length() + " samples, fewer than one FFT window of " + n);
        }
        double[] window = hann(n);
        double windowPower = 0;
        for (double w : window) {
            windowPower += w * w;
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        double[] buffer = new double[2 * n];
        float[] power = new float[columns * n];
        double[] times = new double[columns];
        int shift = settings.shiftBins();
        for (int c = 0; c < columns; c++) {
            int start = c * settings.hop();
            for (int i = 0; i < n; i++) {
                buffer[2 * i] = window[i] * signal.re(start + i);
                buffer[2 * i + 1] = window[i] * signal.im(start + i);
            }
            fft.complexForward(buffer);
            for (int j = 0; j < n; j++) {
                int k = Math.floorMod(j - n / 2 + shift, n);
                double re = buffer[2 * k];
                double im = buffer[2 * k + 1];
                // divided by Σw²: a white signal of variance σ² gives power σ² per bin on average
                power[c * n + j] = (float) ((re * re + im * im) / windowPower);
            }
            times[c] = signal.startTimeS() + (start + n / 2.0) / signal.prfHz();
        }
        return new Spectrogram(power, columns, n, times, (-n / 2 + shift) * signal.prfHz() / n, signal.prfHz() / n,
                signal.scale());
    }

    /** Periodic Hann window w[i] = sin²(π·i/N), the DFT-even form used for spectral analysis (Harris 1978). */
    static double[] hann(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double s = Math.sin(Math.PI * i / n);
            w[i] = s * s;
        }
        return w;
    }
}
