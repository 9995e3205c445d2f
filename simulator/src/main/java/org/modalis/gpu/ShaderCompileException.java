package org.modalis.gpu;

/**
 * A shader failed to compile or link. The message names the shader and, for every error the driver
 * reported, the file and line ({@link ShaderSource#locate}). A defect in the shipped shaders or a driver
 * that rejects valid GLSL, never a user error.
 */
public final class ShaderCompileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ShaderCompileException(String message) {
        super(message);
    }
}
