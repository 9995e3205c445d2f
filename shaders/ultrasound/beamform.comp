#version 430 core
// Receive delay-and-sum beamforming with dynamic focusing and an expanding Hann aperture, one invocation per
// output sample (k, line l). Twin: org.modalis.ultrasound.CpuDelayAndSum (the specification and test
// oracle, in double); host side: org.modalis.gpu.ultrasound.GlDelayAndSum. For the point p at range
// r = c k / (2 fs) on line l, element a of the line's recorded aperture contributes its trace at
// t = (r + |p - e_a|) / c * fs (linear interpolation) with weight 0.5 (1 + cos(pi d / h)), d = x_a - centre,
// h = max(r / (2 F#), pitch), |d| < h; the sum is normalised by the sum of weights.
layout(local_size_x = 64, local_size_y = 1) in;
layout(std430, binding = 0) readonly buffer Channels { float channels[]; };   // [line][aperture][sample]
layout(std430, binding = 1) readonly buffer ElementX { float elementX[]; };   // [line][aperture]
layout(std430, binding = 2) readonly buffer Lines { vec4 lines[]; };          // (originX, dirX, dirZ, centre)
layout(std430, binding = 3) writeonly buffer Rf { float rf[]; };              // [line][sample]

uniform int lineCount;
uniform int aperture;
uniform int samples;
uniform float fs;
uniform float speed;
uniform float fNumber;
uniform float pitch;

const float PI = 3.14159265358979;

void main() {
    int k = int(gl_GlobalInvocationID.x);
    int l = int(gl_GlobalInvocationID.y);
    if (k >= samples || l >= lineCount) {
        return;
    }
    vec4 line = lines[l];
    float r = speed * float(k) / (2.0 * fs);
    float px = line.x + line.y * r;
    float pz = line.z * r;
    float halfWidth = max(r / (2.0 * fNumber), pitch);
    float sum = 0.0;
    float weights = 0.0;
    int lineBase = l * aperture * samples;
    for (int a = 0; a < aperture; a++) {
        float ex = elementX[l * aperture + a];
        float d = ex - line.w;
        if (abs(d) >= halfWidth) {
            continue;
        }
        float w = 0.5 * (1.0 + cos(PI * d / halfWidth));
        float dx = px - ex;
        float t = (r + sqrt(dx * dx + pz * pz)) / speed * fs;
        int i = int(t);
        if (i + 1 < samples) {
            float f = t - float(i);
            int base = lineBase + a * samples + i;
            float c0 = channels[base];
            sum += w * (c0 + f * (channels[base + 1] - c0));
        }
        weights += w;
    }
    rf[l * samples + k] = weights > 0.0 ? sum / weights : 0.0;
}
