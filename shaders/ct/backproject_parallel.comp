#version 430 core
// Parallel-beam pixel-driven backprojection, one invocation per pixel, views summed in order.
// Twins: org.modalis.ct.recon.CpuBackprojector (parallelTile: the specification and test oracle) and
// org.modalis.gpu.ct.GlBackprojector (host side). Contract: org.modalis.ct.recon.Backprojector,
//   out(P) = sum_v dbeta * s_v(p_v(P)),  p = (x cos(theta) + y sin(theta)) / du + shift,
// with the pixel centre x = x0 + i dx, y = y0 + j dy and the rows pre-multiplied by dbeta on the host.
// Positions are the CPU twin's 32.32 fixed-point numbers (org.modalis.ct.recon.FixedPosition):
// p = start(v, j) + i * step(v), both computed once in Java, formed here exactly by 32-bit halves, so the
// sample index and the interpolation weight are bit-identical to the CPU's.
#include "common/padded_row.glsl"
layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 1) readonly buffer ViewTrig { vec2 cosSin[]; };
layout(std430, binding = 2) writeonly buffer Image { float image[]; };
layout(std430, binding = 4) readonly buffer RowStarts { uvec2 starts[]; };   // (low, high) words
layout(std430, binding = 5) readonly buffer ViewSteps { uvec2 steps[]; };

uniform int nx;
uniform int ny;
uniform int views;
uniform int stride;
uniform float maxPosition;

void main() {
    int i = int(gl_GlobalInvocationID.x);
    int j = int(gl_GlobalInvocationID.y);
    if (i >= nx || j >= ny) {
        return;
    }
    int maxK = int(maxPosition);
    float sum = 0.0;
    for (int v = 0; v < views; v++) {
        uvec2 s = steps[v];
        uvec2 p0 = starts[v * ny + j];
        // i * step, low 64 bits of the two's-complement product, then + start.
        uint prodHigh;
        uint prodLow;
        umulExtended(uint(i), s.x, prodHigh, prodLow);
        prodHigh += uint(i) * s.y;
        uint carry;
        uint low = uaddCarry(p0.x, prodLow, carry);
        int k = int(p0.y + prodHigh + carry);
        // Off [0, stride - 2] the CPU skips the pixel (ParallelRowRange); inside, off-detector reads 0.
        if (k >= 0 && (k < maxK || (k == maxK && low == 0u))) {
            precise float f = float(low) * 2.3283064365386963e-10;
            sum += paddedSampleAt(v * stride, k, f);
        }
    }
    image[j * nx + i] = sum;
}
