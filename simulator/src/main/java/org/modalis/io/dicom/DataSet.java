package org.modalis.io.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A DICOM data set: attributes by tag, kept in ascending tag order (PS3.5 §7.1), each stored already
 * encoded in explicit VR little endian. Text is written in the default repertoire (ISO 646, ASCII): a
 * character outside it is refused rather than mis-encoded. Sequences are written with explicit lengths.
 */
public final class DataSet {

    private final Map<Integer, byte[]> elements = new TreeMap<>();

    /** Sets a text attribute (CS, DS, UI, LO, PN, …); several values are joined with '\'. */
    public DataSet putText(DicomTag tag, String... values) {
        if (!tag.vr().isText()) {
            throw new IllegalArgumentException(tag + " is " + tag.vr() + ", not text");
        }
        String joined = String.join("\\", values);
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(tag + ": only printable ASCII is written, got '" + joined + "'");
            }
        }
        return putEncoded(tag, tag.vr(), joined.getBytes(StandardCharsets.US_ASCII));
    }

    /** Sets a type-2 attribute to zero length (present, value unknown). */
    public DataSet putEmpty(DicomTag tag) {
        return putEncoded(tag, tag.vr(), new byte[0]);
    }

    /** Sets a DS attribute from numbers. */
    public DataSet putDecimal(DicomTag tag, double... values) {
        requireVr(tag, Vr.DS);
        return putText(tag, Arrays.stream(values).mapToObj(DecimalString::of).toArray(String[]::new));
    }

    /** Sets an IS attribute from integers. */
    public DataSet putInteger(DicomTag tag, long... values) {
        requireVr(tag, Vr.IS);
        return putText(tag, Arrays.stream(values).mapToObj(DecimalString::ofInteger).toArray(String[]::new));
    }

    /** Sets a binary numeric attribute (US, UL, SS, SL, FD, FL) from numbers, range-checked for its VR. */
    public DataSet putBinary(DicomTag tag, double... values) {
        Vr vr = tag.vr();
        int width = switch (vr) {
            case US, SS -> 2;
            case UL, SL, FL -> 4;
            case FD -> 8;
            default -> throw new IllegalArgumentException(tag + " is " + vr + ", not a binary number");
        };
        ByteBuffer b = ByteBuffer.allocate(width * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            switch (vr) {
                case US -> b.putShort((short) checkedInteger(tag, v, 0, 0xFFFF));
                case SS -> b.putShort((short) checkedInteger(tag, v, Short.MIN_VALUE, Short.MAX_VALUE));
                case UL -> b.putInt((int) checkedInteger(tag, v, 0, 0xFFFFFFFFL));
                case SL -> b.putInt((int) checkedInteger(tag, v, Integer.MIN_VALUE, Integer.MAX_VALUE));
                case FL -> b.putFloat((float) v);
                default -> b.putDouble(v);
            }
        }
        return putEncoded(tag, vr, b.array());
    }

    /** Sets pixel data or another OB/OW value; {@code vr} must be OB or OW. */
    public DataSet putBytes(DicomTag tag, Vr vr, byte[] value) {
        if (vr != Vr.OB && vr != Vr.OW) {
            throw new IllegalArgumentException("raw bytes are written as OB or OW, not " + vr);
        }
        return putEncoded(tag, vr, value.clone());
    }

    /** Sets a sequence of items (possibly none). */
    public DataSet putSequence(DicomTag tag, List<DataSet> items) {
        requireVr(tag, Vr.SQ);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (DataSet item : items) {
            byte[] body = item.encode();
            ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            h.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(body.length);
            out.writeBytes(h.array());
            out.writeBytes(body);
        }
        return putEncoded(tag, Vr.SQ, out.toByteArray());
    }

    /** Whether the attribute is set. */
    public boolean contains(DicomTag tag) {
        return elements.containsKey(tag.code());
    }

    /** Every attribute of {@code other} is copied in, replacing those with the same tag. */
    public DataSet putAll(DataSet other) {
        elements.putAll(other.elements);
        return this;
    }

    /** The encoded elements, in tag order, explicit VR little endian. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        elements.values().forEach(out::writeBytes);
        return out.toByteArray();
    }

    private DataSet putEncoded(DicomTag tag, Vr vr, byte[] value) {
        int padded = value.length + (value.length & 1);
        boolean longForm = vr.longHeader();
        ByteBuffer b = ByteBuffer.allocate((longForm ? 12 : 8) + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) tag.group()).putShort((short) tag.element());
        b.put(vr.name().getBytes(StandardCharsets.US_ASCII));
        if (longForm) {
            b.putShort((short) 0).putInt(padded);
        } else {
            if (padded > 0xFFFF) {
                throw new IllegalArgumentException(tag + ": a " + vr + " value holds at most 65534 bytes, got " + padded);
            }
            b.putShort((short) padded);
        }
        b.put(value);
        if (padded > value.length) {
            b.put(vr.padding());
        }
        elements.put(tag.code(), b.array());
        return this;
    }

    private static void requireVr(DicomTag tag, Vr vr) {
        if (tag.vr() != vr) {
            throw new IllegalArgumentException(tag + " is " + tag.vr() + ", not " + vr);
        }
    }

    private static long checkedInteger(DicomTag tag, double v, long min, long max) {
        if (v != Math.rint(v) || v < min || v > max) {
            throw new IllegalArgumentException(tag + " (" + tag.vr() + ") must be an integer in [" + min + ", " + max + "], got " + v);
        }
        return (long) v;
    }
}
