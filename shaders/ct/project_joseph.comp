#version 430 core
// Joseph's ray-driven forward projection of a float image or a stack of slices, one invocation per
// (bin, view, slice). Twins: org.modalis.ct.recon.JosephProjector (specification and test oracle: the
// same float operations in the same order) and org.modalis.gpu.ct.GlJosephProjector (host side).
// Per ray, from org.modalis.ct.recon.JosephRays: q0, slope, length per step, stepping axis and the
// useful steps [k0, k1). At step k the ray crosses the row (or column) centre line at the fractional
// index q = q0 + k slope across it; the image is interpolated linearly between the two neighbouring
// pixel centres (0 outside the image) and the samples are summed times the length per step
// (Joseph 1982, IEEE TMI 1:192).
layout(local_size_x = 64, local_size_y = 1, local_size_z = 1) in;
layout(std430, binding = 0) readonly buffer Slices { float image[]; };
layout(std430, binding = 1) readonly buffer RayLines { float lines[]; };
layout(std430, binding = 2) readonly buffer RaySpans { int spans[]; };
layout(std430, binding = 3) writeonly buffer Projections { float projections[]; };

uniform int nx;
uniform int ny;
uniform int views;
uniform int bins;
uniform int slices;

// Pixel `index` of a line of `count` pixels, or 0 outside it (Joseph: the image is 0 beyond its edges).
float pixelOrZero(int start, int index, int stride, int count) {
    return index >= 0 && index < count ? image[start + index * stride] : 0.0;
}

void main() {
    int b = int(gl_GlobalInvocationID.x);
    int v = int(gl_GlobalInvocationID.y);
    int z = int(gl_GlobalInvocationID.z);
    if (b >= bins || v >= views || z >= slices) {
        return;
    }
    int r = v * bins + b;
    float q0 = lines[3 * r];
    float slope = lines[3 * r + 1];
    bool byRows = spans[3 * r] == 0;
    int across = byRows ? nx : ny;
    int stepStride = byRows ? nx : 1;
    int acrossStride = byRows ? 1 : nx;
    int sliceStart = z * nx * ny;
    float sum = 0.0;
    for (int k = spans[3 * r + 1]; k < spans[3 * r + 2]; k++) {
        precise float q = q0 + float(k) * slope;
        int i = int(floor(q));
        precise float f = q - float(i);
        int lineStart = sliceStart + k * stepStride;
        float a = pixelOrZero(lineStart, i, acrossStride, across);
        float c = pixelOrZero(lineStart, i + 1, acrossStride, across);
        precise float value = a + f * (c - a);
        sum += value;
    }
    precise float integral = sum * lines[3 * r + 2];
    projections[(z * views + v) * bins + b] = integral;
}
