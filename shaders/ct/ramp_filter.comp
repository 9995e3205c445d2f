#version 430 core
// Ramp filtering as a direct linear convolution, one invocation per padded row sample and view, written
// straight into the zero-padded, dbeta-scaled row layout the backprojection kernels read (binding 0 of
// common/padded_row.glsl), so the filtered sinogram never leaves the device.
// Twin: org.modalis.ct.recon.RampFilter#filterView (FFT product with the windowed ramp, zero-padded to
// P >= 2 bins). Because no index wraps, that product equals out[i] = sum_k c[|i - k|] in[k] with the taps
// c = RampFilter#spatialTaps(); the two differ by float rounding only (the CPU works in double).
layout(local_size_x = 64, local_size_y = 4) in;
layout(std430, binding = 6) readonly buffer Weighted { float weighted[]; };  // views x bins, pre-weighted
layout(std430, binding = 7) readonly buffer Taps { float taps[]; };          // c[0 .. bins-1]
layout(std430, binding = 8) writeonly buffer Rows { float rowsOut[]; };      // views x stride

uniform int bins;
uniform int views;
uniform int stride;
uniform int pad;
uniform float scale;   // |dbeta|, as ViewTables#paddedRows applies it

void main() {
    int q = int(gl_GlobalInvocationID.x);
    int v = int(gl_GlobalInvocationID.y);
    if (q >= stride || v >= views) {
        return;
    }
    int i = q - pad;
    float sum = 0.0;
    if (i >= 0 && i < bins) {
        int base = v * bins;
        for (int k = 0; k < bins; k++) {
            sum += taps[abs(i - k)] * weighted[base + k];
        }
    }
    rowsOut[v * stride + q] = sum * scale;
}
