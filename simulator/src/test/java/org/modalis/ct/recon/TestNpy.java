package org.modalis.ct.recon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimal test-local reader for little-endian float64, C-order NPY files (format 1.0/2.0): enough for the
 * scikit-image fixtures. The project's general reader is {@code org.modalis.io.NpyReader} (another branch).
 */
record TestNpy(int[] shape, double[] data) {

    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([0-9, ]*)\\)");

    static TestNpy read(String resource) throws IOException {
        try (InputStream in = TestNpy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            int major = b.get(6);
            int headerLength = major == 1 ? Short.toUnsignedInt(b.getShort(8)) : b.getInt(8);
            int start = major == 1 ? 10 : 12;
            String header = new String(b.array(), start, headerLength, StandardCharsets.ISO_8859_1);
            if (!header.contains("'descr': '<f8'") || header.contains("'fortran_order': True")) {
                throw new IOException("expected little-endian float64 in C order, header " + header);
            }
            Matcher m = SHAPE.matcher(header);
            if (!m.find()) {
                throw new IOException("no shape in header " + header);
            }
            int[] shape = java.util.Arrays.stream(m.group(1).split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
            double[] data = new double[java.util.Arrays.stream(shape).reduce(1, (x, y) -> x * y)];
            b.position(start + headerLength);
            b.asDoubleBuffer().get(data);
            return new TestNpy(shape, data);
        }
    }
}
