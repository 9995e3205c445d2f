package org.modalis.io.dicom;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The synthetic patient and study every file of one run shares. Nothing comes from the wall clock: the
 * study date (a day in 2000-01-01 … 2009-12-31) and time (08:00:00 … 17:59:59) are drawn from the
 * name-based UUID of {@code key}, and every UID is {@link DicomUids#fromName} of {@code key} plus the
 * object's role, so one scenario, seed and parameter set always gives the same bytes.
 *
 * @param key              identifies the run: scenario name, seed and resolved parameters
 * @param patientName      PN, "Modalis^Phantom"
 * @param patientId        LO (≤ 64 characters), the phantom's name
 * @param studyDescription LO (≤ 64 characters), the scenario title, shortened
 * @param studyDate        DA, YYYYMMDD
 * @param studyTime        TM, HHMMSS
 */
public record StudyContext(String key, String patientName, String patientId, String studyDescription, String studyDate,
                           String studyTime) {

    /** The synthetic patient's name: family name Modalis, given name Phantom (PS3.5 §6.2.1 PN). */
    public static final String PATIENT_NAME = "Modalis^Phantom";
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    private static final int DAYS = 3653;

    public StudyContext {
        Objects.requireNonNull(key, "key");
        patientId = ascii(patientId, 64);
        studyDescription = ascii(studyDescription, 64);
    }

    /**
     * A study for a run.
     *
     * @param key     run identity (scenario name, seed, resolved parameters)
     * @param phantom phantom name, the patient ID
     * @param title   scenario title, the study description
     */
    public static StudyContext of(String key, String phantom, String title) {
        UUID u = UUID.nameUUIDFromBytes(("study-date|" + key).getBytes(StandardCharsets.UTF_8));
        long bits = u.getLeastSignificantBits() & Long.MAX_VALUE;
        LocalDate day = EPOCH.plusDays(bits % DAYS);
        long seconds = 8 * 3600 + (bits / DAYS) % (10 * 3600);
        String time = String.format(Locale.ROOT, "%02d%02d%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        return new StudyContext(key, PATIENT_NAME, phantom, title, day.format(DateTimeFormatter.BASIC_ISO_DATE), time);
    }

    public String studyUid() {
        return DicomUids.fromName(key + "|study");
    }

    public String frameOfReferenceUid() {
        return DicomUids.fromName(key + "|frame-of-reference");
    }

    public String seriesUid(int seriesNumber) {
        return DicomUids.fromName(key + "|series|" + seriesNumber);
    }

    public String instanceUid(int seriesNumber, int instanceNumber) {
        return DicomUids.fromName(key + "|series|" + seriesNumber + "|instance|" + instanceNumber);
    }

    /** Printable ASCII only (other characters become '?'), at most {@code max} characters. */
    static String ascii(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(s).toCharArray()) {
            b.append(c >= 0x20 && c <= 0x7E && c != '\\' ? c : '?');
        }
        return b.length() > max ? b.substring(0, max) : b.toString();
    }
}
