package org.modalis.io.dicom;

import java.util.List;

/**
 * The simulated MR protocol as the MR Image module (PS3.3 §C.8.3.1) carries it.
 *
 * @param scanningSequence     (0018,0020) e.g. ["SE"], ["GR"], ["SE", "IR"]
 * @param sequenceVariant      (0018,0021) e.g. ["NONE"], ["SP"] (spoiled), ["MP"] (magnetisation prepared)
 * @param sequenceName         (0018,0024) SH, e.g. "se2d"
 * @param trMs                 repetition time [ms]
 * @param teMs                 echo time [ms]
 * @param tiMs                 inversion time [ms], NaN unless the sequence has an inversion
 * @param flipDeg              excitation flip angle [deg]
 * @param fieldT               main field [T]
 * @param imagingFrequencyMhz  Larmor frequency of ¹H [MHz]
 * @param averages             number of excitations averaged
 * @param pixelBandwidthHz     receiver bandwidth per pixel [Hz]
 * @param readColumns          readout samples (image columns if the phase direction is COL)
 * @param phaseRows            phase-encoding lines
 * @param phaseDirection       "COL" (phase along the columns, y: A–P) or "ROW" (along x: L–R)
 * @param percentSampling      acquired fraction of the phase lines [%] (partial Fourier)
 * @param percentPhaseFov      phase FOV / readout FOV [%]
 * @param sliceThicknessMm     slice thickness [mm]
 * @param slicePositionM       z of the slice centre in the Modalis frame [m]
 * @param seriesDescription    LO text
 * @param windows              VOI presets in stored units (value × {@link MrImageIod#SCALE})
 * @param echoTrainLength      echoes per excitation (1, or the fast spin echo's ETL)
 */
public record MrAcquisitionTags(List<String> scanningSequence, List<String> sequenceVariant, String sequenceName,
                                double trMs, double teMs, double tiMs, double flipDeg, double fieldT,
                                double imagingFrequencyMhz, int averages, double pixelBandwidthHz, int readColumns,
                                int phaseRows, String phaseDirection, double percentSampling, double percentPhaseFov,
                                double sliceThicknessMm, double slicePositionM, String seriesDescription,
                                List<NamedWindow> windows, int echoTrainLength) {

    public MrAcquisitionTags {
        scanningSequence = List.copyOf(scanningSequence);
        sequenceVariant = List.copyOf(sequenceVariant);
        windows = List.copyOf(windows);
        if (echoTrainLength < 1) {
            throw new IllegalArgumentException("echo train length must be ≥ 1, got " + echoTrainLength);
        }
        if (!(trMs > 0 && teMs > 0 && fieldT > 0 && sliceThicknessMm > 0)) {
            throw new IllegalArgumentException("TR, TE [ms], B0 [T] and slice thickness [mm] must be positive, got "
                    + trMs + ", " + teMs + ", " + fieldT + ", " + sliceThicknessMm);
        }
        if (!phaseDirection.equals("ROW") && !phaseDirection.equals("COL")) {
            throw new IllegalArgumentException("phase direction is ROW or COL, got " + phaseDirection);
        }
        sequenceName = StudyContext.ascii(sequenceName, 16);
    }

    /** Whether the scanning sequence has an inversion (then Inversion Time is required). */
    public boolean inversion() {
        return scanningSequence.contains("IR");
    }
}
