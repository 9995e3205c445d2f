package org.modalis.io.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modalis.io.OutputDirectory;

/**
 * Writes a series into an output folder, each file atomically: a single instance as {@code <stem>.dcm},
 * several (the slices of a volume, the frames of a sequence) as {@code <stem>/0001.dcm}, … in instance order.
 */
public final class DicomFiles {

    private DicomFiles() {
    }

    /** @return the paths written */
    public static List<Path> write(OutputDirectory out, String stem, List<DicomInstance> series) {
        List<Path> written = new ArrayList<>();
        for (int n = 0; n < series.size(); n++) {
            DicomInstance instance = series.get(n);
            String name = series.size() == 1 ? stem + ".dcm" : String.format(Locale.ROOT, "%s/%04d.dcm", stem, n + 1);
            written.add(out.write(name, instance::write));
        }
        return written;
    }
}
