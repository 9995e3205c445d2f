// Linear interpolation in zero-padded view rows, shared by the backprojection kernels.
// Twin of the inner expression of org.modalis.ct.recon.CpuBackprojector: bin k's centre sits at
// p = k + PAD, the caller keeps p in [0, stride - 2] so that k and k + 1 lie inside the row, and the
// padding makes every position off the detector read 0. `precise` forbids fused multiply-adds, so
// the rounding is the one Java performs.
layout(std430, binding = 0) readonly buffer PaddedRows { float rows[]; };

float paddedSample(int rowStart, float p) {
    int k = int(p);
    precise float f = p - float(k);
    float a = rows[rowStart + k];
    precise float value = a + f * (rows[rowStart + k + 1] - a);
    return value;
}

// The same interpolation at an index and weight already known (fixed-point positions).
float paddedSampleAt(int rowStart, int k, float f) {
    float a = rows[rowStart + k];
    precise float value = a + f * (rows[rowStart + k + 1] - a);
    return value;
}
