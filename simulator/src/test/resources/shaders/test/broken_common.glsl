// Test include with a deliberate error on line 3.
float broken(float x) {
    return x + alsoNotDeclared;
}
