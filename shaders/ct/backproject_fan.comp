#version 430 core
// Fan-beam pixel-driven backprojection (arc or flat detector), one invocation per pixel, views in order.
// Twins: org.modalis.ct.recon.CpuBackprojector with FanRowSampler (the specification and test oracle)
// and org.modalis.gpu.ct.GlBackprojector (host side). Kak & Slaney section 3.4: with e_u = (cos b, sin b)
// and the source at distance D, pixel P has xr = P.e_u and yr = D + P.d0 in the source frame;
//   arc:  p = table(xr/yr) (tabulated atan, ArcPositionTable), W = 1/L^2 = 1/(xr^2 + yr^2)
//   flat: p = SDD xr/yr / du + shift,                           W = 1/U^2 = D^2/yr^2
// out(P) = sum_v W * s_v(p) with rows pre-multiplied by dbeta. Pixels at or behind the source get 0.
#include "common/padded_row.glsl"
layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 1) readonly buffer ViewTrig { vec2 cosSin[]; };
layout(std430, binding = 2) writeonly buffer Image { float image[]; };
layout(std430, binding = 3) readonly buffer ArcPositions { float arcPositions[]; };

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
uniform float sourceIso;
uniform float sourceDetector;
uniform bool arc;
uniform float arcXMin;
uniform float arcInvStep;
uniform int arcIntervals;

// ArcPositionTable.at: linear interpolation in the atan table, x clamped to its ends.
float arcPosition(float x) {
    precise float q = min(max((x - arcXMin) * arcInvStep, 0.0), float(arcIntervals));
    int k = int(q);
    precise float f = q - float(k);
    precise float p = arcPositions[k] + f * (arcPositions[k + 1] - arcPositions[k]);
    return p;
}

void main() {
    int i = int(gl_GlobalInvocationID.x);
    int j = int(gl_GlobalInvocationID.y);
    if (i >= nx || j >= ny) {
        return;
    }
    precise float x = x0 + float(i) * dx;
    precise float y = y0 + float(j) * dy;
    float sum = 0.0;
    for (int v = 0; v < views; v++) {
        vec2 t = cosSin[v];
        precise float xr = x * t.x + y * t.y;
        precise float yr = sourceIso + x * t.y - y * t.x;
        if (!(yr > 0.0)) {
            continue; // at or behind the source: no ray of this view passes here
        }
        precise float r = 1.0 / yr;
        precise float p;
        precise float w;
        if (arc) {
            p = arcPosition(xr * r);
            w = 1.0 / (xr * xr + yr * yr);
        } else {
            p = sourceDetector * xr * r * invSpacing + shift;
            w = sourceIso * sourceIso * r * r;
        }
        p = min(max(p, 0.0), maxPosition);
        precise float term = w * paddedSample(v * stride, p);
        sum += term;
    }
    image[j * nx + i] = sum;
}
