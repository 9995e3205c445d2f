package org.modalis.io.dicom;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One composite SOP instance ready to write: its SOP Class and Instance UIDs and its data set.
 *
 * @param sopClassUid    e.g. CT Image Storage 1.2.840.10008.5.1.4.1.1.2
 * @param sopInstanceUid the instance's UID
 * @param dataSet        every attribute, SOP Common included
 */
public record DicomInstance(String sopClassUid, String sopInstanceUid, DataSet dataSet) {

    /** Writes the instance as a Part 10 file. */
    public void write(OutputStream out) throws IOException {
        Part10Writer.write(out, sopClassUid, sopInstanceUid, dataSet);
    }
}
