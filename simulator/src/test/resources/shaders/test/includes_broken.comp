#version 430 core
// Test kernel whose include has an error (broken_common.glsl line 3).
#include "test/broken_common.glsl"
layout(local_size_x = 1) in;
layout(std430, binding = 0) buffer Out { float b[]; };
void main() {
    b[0] = broken(1.0);
}
