#version 430 core
// Fan-beam pixel-driven backprojection (arc or flat detector), one invocation per pixel, views in pairs.
// Twins: org.modalis.ct.recon.CpuBackprojector with FanRowSampler (the specification and test oracle)
// and org.modalis.gpu.ct.GlBackprojector (host side). Kak & Slaney section 3.4: with e_u = (cos b, sin b)
// and the source at distance D, pixel P has xr = P.e_u and yr = D + P.d0 in the source frame;
//   arc:  p = atan(xr/yr)/dgamma + shift, W = 1/L^2 = 1/(xr^2 + yr^2)
//   flat: p = SDD xr/yr / du + shift,      W = 1/U^2 = D^2/yr^2
// out(P) = sum_v W * s_v(p) with rows pre-multiplied by dbeta. Pixels at or behind the source get 0.
// As FanRowSampler does, a (view, row) whose two end pixels lie in front of the source, within |tan gamma| <= 1
// and on the detector takes the unclamped expressions, with atan as the odd series of ArcPositionSeries; any
// other row the clamped ones with the tabulated atan (ArcPositionTable). Every expression is written in the
// CPU twin's order and `precise`, and views are summed in pairs as the CPU twin sums them, so on an IEEE
// renderer (llvmpipe) the twins agree bit for bit.
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
uniform float series[8]; // ArcPositionSeries coefficients (already times 1/dgamma), x^1 ... x^15

// ArcPositionTable.at: linear interpolation in the atan table, x clamped to its ends.
float arcPosition(float x) {
    precise float q = min(max((x - arcXMin) * arcInvStep, 0.0), float(arcIntervals));
    int k = int(q);
    precise float f = q - float(k);
    precise float p = arcPositions[k] + f * (arcPositions[k + 1] - arcPositions[k]);
    return p;
}

// ArcPositionSeries.at: Horner in q^2, in the CPU twin's order.
float seriesPosition(float q) {
    precise float q2 = q * q;
    precise float h = ((((((series[7] * q2 + series[6]) * q2 + series[5]) * q2 + series[4]) * q2 + series[3]) * q2
            + series[2]) * q2 + series[1]) * q2 + series[0];
    precise float p = q * h + shift;
    return p;
}

// FanRowSampler.insideEnd: the end pixel at x lies in front of the source, within the series' range, on the row.
bool insideEnd(float x, float c, float s, float y) {
    precise float xr = x * c + y * s;
    precise float yr = sourceIso + x * s - y * c;
    if (!(yr > 0.0)) {
        return false;
    }
    precise float q = xr / yr;
    precise float p = arc ? seriesPosition(q) : sourceDetector * q * invSpacing + shift;
    return abs(q) <= 1.0 && p >= 1.0 && p <= maxPosition - 1.0;
}

// One view's term W * s_v(p) for the pixel at (x, y): FanRowSampler.sample followed by the interpolation.
float viewTerm(int v, float x, float y, float xLast) {
    vec2 t = cosSin[v];
    float c = t.x;
    float s = t.y;
    precise float p;
    precise float w;
    if (insideEnd(x0, c, s, y) && insideEnd(xLast, c, s, y)) {
        precise float ys = y * s;
        precise float dyc = sourceIso - y * c;
        if (arc) {
            precise float xr = x * c + ys;
            precise float yr = dyc + x * s;
            precise float q = xr / yr;
            w = 1.0 / (xr * xr + yr * yr);
            p = seriesPosition(q);
        } else {
            precise float r = 1.0 / (dyc + x * s);
            precise float scale = sourceDetector * invSpacing;
            p = scale * (x * c + ys) * r + shift;
            precise float d2 = sourceIso * sourceIso;
            w = d2 * r * r;
        }
    } else {
        precise float xr = x * c + y * s;
        precise float yr = sourceIso + x * s - y * c;
        if (!(yr > 0.0)) {
            return 0.0; // at or behind the source: no ray of this view passes here
        }
        precise float r = 1.0 / yr;
        if (arc) {
            p = arcPosition(xr * r);
            w = 1.0 / (xr * xr + yr * yr);
        } else {
            p = sourceDetector * xr * r * invSpacing + shift;
            w = sourceIso * sourceIso * r * r;
        }
        p = min(max(p, 0.0), maxPosition);
    }
    precise float term = w * paddedSample(v * stride, p);
    return term;
}

void main() {
    int i = int(gl_GlobalInvocationID.x);
    int j = int(gl_GlobalInvocationID.y);
    if (i >= nx || j >= ny) {
        return;
    }
    precise float x = x0 + float(i) * dx;
    precise float y = y0 + float(j) * dy;
    precise float xLast = x0 + float(nx - 1) * dx;
    precise float sum = 0.0;
    int v = 0;
    for (; v + 1 < views; v += 2) {
        precise float pair = viewTerm(v, x, y, xLast) + viewTerm(v + 1, x, y, xLast);
        sum += pair;
    }
    if (v < views) {
        sum += viewTerm(v, x, y, xLast);
    }
    image[j * nx + i] = sum;
}
