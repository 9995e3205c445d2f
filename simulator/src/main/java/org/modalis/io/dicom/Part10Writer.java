package org.modalis.io.dicom;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a DICOM Part 10 file (PS3.10 §7.1): a 128-byte zero preamble, "DICM", the File Meta Information
 * group 0002 (always explicit VR little endian, with its group length first), then the data set in the
 * Explicit VR Little Endian transfer syntax (1.2.840.10008.1.2.1), uncompressed.
 */
public final class Part10Writer {

    /** Explicit VR Little Endian. */
    public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    /** Modalis' implementation class UID: 2.25 + the name-based UUID of "org.modalis.io.dicom". */
    public static final String IMPLEMENTATION_CLASS_UID = DicomUids.fromName("org.modalis.io.dicom");
    /** Implementation version name (SH, ≤ 16 characters). */
    public static final String IMPLEMENTATION_VERSION = "MODALIS_1";

    private Part10Writer() {
    }

    /**
     * Writes {@code dataSet} as a Part 10 file. The SOP Class and Instance UIDs go into the meta header's
     * Media Storage SOP Class/Instance UIDs; they must equal the data set's (0008,0016) and (0008,0018).
     */
    public static void write(OutputStream out, String sopClassUid, String sopInstanceUid, DataSet dataSet)
            throws IOException {
        DataSet meta = new DataSet()
                .putBytes(DicomTag.FILE_META_VERSION, Vr.OB, new byte[] {0, 1})
                .putText(DicomTag.MEDIA_STORAGE_SOP_CLASS_UID, sopClassUid)
                .putText(DicomTag.MEDIA_STORAGE_SOP_INSTANCE_UID, sopInstanceUid)
                .putText(DicomTag.TRANSFER_SYNTAX_UID, EXPLICIT_VR_LITTLE_ENDIAN)
                .putText(DicomTag.IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_CLASS_UID)
                .putText(DicomTag.IMPLEMENTATION_VERSION_NAME, IMPLEMENTATION_VERSION);
        byte[] metaBody = meta.encode();
        byte[] groupLength = new DataSet().putBinary(DicomTag.FILE_META_GROUP_LENGTH, metaBody.length).encode();
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        out.write(groupLength);
        out.write(metaBody);
        out.write(dataSet.encode());
    }

    /** Little-endian bytes of 16-bit samples, for Pixel Data (OW). */
    public static byte[] littleEndian(short[] samples) {
        ByteBuffer b = ByteBuffer.allocate(2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(samples);
        return b.array();
    }
}
