package org.modalis.io.dicom;

/**
 * The simulated ultrasound acquisition as the US Region Calibration module (PS3.3 §C.8.5.5) carries it.
 *
 * @param transducerFrequencyHz centre frequency of the transmit pulse [Hz]
 * @param seriesDescription     LO text
 */
public record UsAcquisitionTags(double transducerFrequencyHz, String seriesDescription) {

    public UsAcquisitionTags {
        if (!(transducerFrequencyHz > 0 && transducerFrequencyHz < 1e9)) {
            throw new IllegalArgumentException("transducer frequency must be in (0, 1e9) Hz, got " + transducerFrequencyHz);
        }
    }
}
