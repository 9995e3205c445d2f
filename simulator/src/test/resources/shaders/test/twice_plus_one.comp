#version 430 core
// Test kernel for GlContextTest: out[i] = twice(in[i]) + 1 with twice() from an include.
#include "test/twice.glsl"
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer In { float a[]; };
layout(std430, binding = 1) writeonly buffer Out { float b[]; };
uniform int n;
void main() {
    uint i = gl_GlobalInvocationID.x;
    if (i >= uint(n)) return;
    b[i] = twice(a[i]) + 1.0;
}
