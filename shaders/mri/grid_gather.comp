#version 430 core
// Gridding by gathering: one invocation per cell (X, Y) of the g x g oversampled grid (FFT order, cell 0 is
// k = 0). Twin: org.modalis.mri.CpuGridder (the scatter loop, specification and test oracle), contract
// org.modalis.mri.Gridder; host side org.modalis.gpu.mri.GlGridder. A sample at grid position p (cells) adds
// C(|X - px|) C(|Y - py|) (re, im) to every cell within half a kernel width W/2, C read from the Kaiser-Bessel
// table by linear interpolation as the CPU reads it. Scattering would need float atomics (not in GL 4.3), so
// the host sorts the samples into bins by the cell floor(p) (CSR: binStart) and each cell visits the bins
// within ceil(W/2) of it. A sample is stored as (frac x, frac y, re, im) with frac = p - floor(p), so the
// distance to the cell is the exact integer bin offset plus frac: no large float coordinates.
layout(local_size_x = 16, local_size_y = 16) in;
layout(std430, binding = 0) readonly buffer Samples { vec4 samples[]; };   // binned order
layout(std430, binding = 1) readonly buffer BinStart { int binStart[]; };  // g*g + 1
layout(std430, binding = 2) readonly buffer Table { float table[]; };      // C at j (W/2) / tableSize
layout(std430, binding = 3) writeonly buffer Grid { vec2 grid[]; };       // g*g complex, row = Y

uniform int g;
uniform int reach;          // ceil(W/2)
uniform float halfWidth;    // W/2
uniform float tableScale;   // tableSize / (W/2)
uniform int tableSize;

float kernelAt(float d) {
    float t = abs(d) * tableScale;
    int j = int(t);
    if (j >= tableSize) {
        return (j == tableSize && t == float(j)) ? table[j] : 0.0;
    }
    float f = t - float(j);
    return table[j] * (1.0 - f) + table[j + 1] * f;
}

void main() {
    int X = int(gl_GlobalInvocationID.x);
    int Y = int(gl_GlobalInvocationID.y);
    if (X >= g || Y >= g) {
        return;
    }
    vec2 sum = vec2(0.0);
    for (int b = 0; b <= 2 * reach; b++) {
        int binY = (Y - b + g) % g;
        for (int a = 0; a <= 2 * reach; a++) {
            int bin = binY * g + (X - a + g) % g;
            for (int s = binStart[bin]; s < binStart[bin + 1]; s++) {
                vec4 p = samples[s];
                if (p.x < float(a) - 2.0 * halfWidth || p.y < float(b) - 2.0 * halfWidth) {
                    continue;
                }
                float dx = p.x + (halfWidth - float(a));
                float dy = p.y + (halfWidth - float(b));
                sum += (kernelAt(dx) * kernelAt(dy)) * p.zw;
            }
        }
    }
    grid[Y * g + X] = sum;
}
