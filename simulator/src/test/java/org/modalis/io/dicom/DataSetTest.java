package org.modalis.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-level encoding of PS3.5 §7.1.2 (explicit VR little endian), DS/IS text and 2.25 UIDs. */
class DataSetTest {

    private static int u8(byte b) {
        return b & 0xFF;
    }

    @Test
    void aShortElementHasAnEightByteHeaderAndSpacePadding() {
        byte[] b = new DataSet().putText(DicomTag.PATIENT_NAME, "Modalis^Phanto").encode();
        // (0010,0010) PN, length 14 — then "Modalis^Phanto" (even, no padding).
        assertArrayEquals(new byte[] {0x10, 0x00, 0x10, 0x00, 'P', 'N', 14, 0}, Arrays.copyOf(b, 8));
        byte[] odd = new DataSet().putText(DicomTag.PATIENT_ID, "abc").encode();
        assertEquals(4, odd[6], "odd length padded to 4");
        assertEquals(' ', odd[11], "text pads with a space");
    }

    @Test
    void uidsPadWithNulAndOwHasTheLongHeader() {
        byte[] ui = new DataSet().putText(DicomTag.SOP_CLASS_UID, "1.2.840.10008.5.1.4.1.1.2").encode();
        assertEquals(26, ui[6], "25 characters + NUL");
        assertEquals(0, ui[8 + 25]);
        byte[] ow = new DataSet().putBytes(DicomTag.PIXEL_DATA, Vr.OW, new byte[] {1, 2, 3, 4}).encode();
        // tag, 'OW', 2 reserved zero bytes, 32-bit length 4.
        assertArrayEquals(new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0, 4, 0, 0, 0}, Arrays.copyOf(ow, 12));
    }

    @Test
    void elementsComeOutInTagOrderAndSequencesNestItems() {
        DataSet d = new DataSet().putBinary(DicomTag.ROWS, 512).putText(DicomTag.MODALITY, "CT")
                .putSequence(DicomTag.ANATOMIC_REGION_SEQUENCE, List.of(new DataSet().putText(DicomTag.CODE_VALUE, "T-D0010")));
        byte[] b = d.encode();
        assertEquals(0x08, u8(b[0]), "group 0008 first");
        assertEquals(0x60, u8(b[2]), "(0008,0060) before (0008,2218)");
        // Modality element is 8 + 2 bytes; then the sequence: header 12 bytes, item tag FFFE,E000.
        int sq = 10;
        assertArrayEquals(new byte[] {0x08, 0x00, 0x18, 0x22, 'S', 'Q', 0, 0}, Arrays.copyOfRange(b, sq, sq + 8));
        assertArrayEquals(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0}, Arrays.copyOfRange(b, sq + 12, sq + 16));
        int rows = b.length - 10; // (0028,0010) US, 8-byte header + 2 bytes, last
        assertArrayEquals(new byte[] {0x28, 0x00, 0x10, 0x00, 'U', 'S', 2, 0, 0, 2}, Arrays.copyOfRange(b, rows, b.length));
    }

    @Test
    void refusesWhatItCannotEncode() {
        DataSet d = new DataSet();
        assertThrows(IllegalArgumentException.class, () -> d.putText(DicomTag.PATIENT_ID, "Müller"));
        assertThrows(IllegalArgumentException.class, () -> d.putBinary(DicomTag.ROWS, 70000));
        assertThrows(IllegalArgumentException.class, () -> d.putBinary(DicomTag.ROWS, 1.5));
        assertThrows(IllegalArgumentException.class, () -> d.putDecimal(DicomTag.KVP, Double.NaN));
    }

    @Test
    void decimalStringsFitSixteenCharactersAndKeepTheValue() {
        assertEquals("0.48828125", DecimalString.of(0.48828125));
        assertEquals("-1024", DecimalString.of(-1024));
        for (double v : new double[] {1.0 / 3, -2.0 / 3 * 1e-7, 123456789.123456789, 6.02214076e23, -1e-300, Math.PI}) {
            String s = DecimalString.of(v);
            assertTrue(s.length() <= 16, s);
            // At least 9 significant digits survive in 16 characters, even with sign and exponent.
            assertEquals(v, Double.parseDouble(s), Math.abs(v) * 1e-9, s);
        }
        assertThrows(IllegalArgumentException.class, () -> DecimalString.ofInteger(1L << 31));
    }

    @Test
    void uidsAreTheDecimalOfTheNameBasedUuid() throws Exception {
        String uid = DicomUids.fromName("run|seed=1|study");
        assertTrue(uid.matches("2\\.25\\.[1-9][0-9]*") && uid.length() <= 64, uid);
        // RFC 4122 §4.3 version 3 computed independently: MD5 of the name, version nibble 3, variant 10.
        byte[] md5 = MessageDigest.getInstance("MD5").digest("run|seed=1|study".getBytes(StandardCharsets.UTF_8));
        md5[6] = (byte) (md5[6] & 0x0F | 0x30);
        md5[8] = (byte) (md5[8] & 0x3F | 0x80);
        assertEquals("2.25." + new BigInteger(1, md5), uid);
    }
}
