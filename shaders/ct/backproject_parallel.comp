#version 430 core
// Parallel-beam pixel-driven backprojection, one invocation per pixel, views summed in order.
// Twins: org.modalis.ct.recon.CpuBackprojector (parallelTile: the specification and test oracle) and
// org.modalis.gpu.ct.GlBackprojector (host side). Contract: org.modalis.ct.recon.Backprojector,
//   out(P) = sum_v dbeta * s_v(p_v(P)),  p = (x cos(theta) + y sin(theta)) / du + shift,
// with the pixel centre x = x0 + i dx, y = y0 + j dy and the rows pre-multiplied by dbeta on the host.
// Positions are formed as the CPU forms them (base + i*dp), `precise` so that no FMA changes rounding.
#include "common/padded_row.glsl"
layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 1) readonly buffer ViewTrig { vec2 cosSin[]; };
layout(std430, binding = 2) writeonly buffer Image { float image[]; };

uniform int nx;
uniform int ny;
uniform int views;
uniform int stride;
uniform float x0;
uniform float y0;
uniform float dx;
uniform float dy;
uniform float invSpacing;
uniform float shift;
uniform float maxPosition;

void main() {
    int i = int(gl_GlobalInvocationID.x);
    int j = int(gl_GlobalInvocationID.y);
    if (i >= nx || j >= ny) {
        return;
    }
    precise float y = y0 + float(j) * dy;
    float sum = 0.0;
    for (int v = 0; v < views; v++) {
        vec2 t = cosSin[v];
        precise float dp = dx * t.x * invSpacing;
        precise float base = (x0 * t.x + y * t.y) * invSpacing + shift;
        precise float p = base + float(i) * dp;
        // Off [0, stride - 2] the CPU skips the pixel (ParallelRowRange); inside, off-detector reads 0.
        if (p >= 0.0 && p <= maxPosition) {
            sum += paddedSample(v * stride, p);
        }
    }
    image[j * nx + i] = sum;
}
