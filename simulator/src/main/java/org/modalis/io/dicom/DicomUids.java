package org.modalis.io.dicom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Unique identifiers under the root 2.25 (PS3.5 §B.2, ISO/IEC 9834-8): "2.25." followed by the 128-bit
 * UUID as an unsigned decimal integer (at most 44 characters, within the 64 allowed). The UUID is the
 * name-based (version 3, RFC 4122 §4.3) UUID of a text Modalis builds from the scenario, the seed and
 * the object's role, so the same run always writes the same UIDs — and so the same bytes — while
 * different scenarios, seeds or parameter sets get different ones.
 */
public final class DicomUids {

    private DicomUids() {
    }

    /** The 2.25 UID of the name-based UUID of {@code name} (UTF-8). */
    public static String fromName(String name) {
        UUID u = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        BigInteger hi = new BigInteger(Long.toUnsignedString(u.getMostSignificantBits()));
        BigInteger lo = new BigInteger(Long.toUnsignedString(u.getLeastSignificantBits()));
        return "2.25." + hi.shiftLeft(64).or(lo);
    }
}
