#version 430 core
// Test kernel with a deliberate error on line 7 (undeclared name).
layout(local_size_x = 1) in;
layout(std430, binding = 0) buffer Out { float b[]; };
void main() {
    float ok = 1.0;
    b[0] = ok + notDeclared;
}
