package org.modalis.ct.recon;

/**
 * Apodization of the ramp filter, as a function of frequency f [cycles/sample] with cutoff f_c =
 * cutoff·0.5 (a fraction of the Nyquist frequency); every window is 0 above f_c. The forms are those of
 * Kak &amp; Slaney §3.3 and of scikit-image's {@code iradon} (ramp, shepp-logan, cosine, hamming, hann), so
 * RAM_LAK with cutoff 1 is the unwindowed band-limited ramp.
 */
public enum FilterWindow {
    /** W = 1: the band-limited ramp (Ramachandran &amp; Lakshminarayanan 1971). */
    RAM_LAK,
    /** W = sinc(f / 2f_c) = sin(πf/2f_c)/(πf/2f_c) (Shepp &amp; Logan 1974). */
    SHEPP_LOGAN,
    /** W = cos(πf / 2f_c). */
    COSINE,
    /** W = 0.54 + 0.46·cos(πf / f_c). */
    HAMMING,
    /** W = 0.5 + 0.5·cos(πf / f_c). */
    HANN;

    /**
     * The window's value at frequency f [cycles/sample, 0 … 0.5].
     *
     * @param cutoff fraction of the Nyquist frequency in (0, 1]
     */
    public double at(double f, double cutoff) {
        if (!(cutoff > 0 && cutoff <= 1)) {
            throw new IllegalArgumentException("filter cutoff must be a fraction of Nyquist in (0, 1], got " + cutoff);
        }
        double fc = 0.5 * cutoff;
        double a = Math.abs(f);
        if (a > fc * (1 + 1e-12)) {
            return 0.0;
        }
        double x = a / fc;
        return switch (this) {
            case RAM_LAK -> 1.0;
            case SHEPP_LOGAN -> x == 0 ? 1.0 : Math.sin(Math.PI * x / 2) / (Math.PI * x / 2);
            case COSINE -> Math.cos(Math.PI * x / 2);
            case HAMMING -> 0.54 + 0.46 * Math.cos(Math.PI * x);
            case HANN -> 0.5 + 0.5 * Math.cos(Math.PI * x);
        };
    }
}
