package org.modalis.gpu;

import static org.lwjgl.opengl.GL43C.*;

import java.util.HashMap;
import java.util.Map;

/**
 * A linked compute-shader program. Made by {@link GlContext#compile}; every method must run on the
 * context's owner thread (inside {@link GlContext#call}). Uniforms are looked up by name once and cached.
 */
public final class ComputeProgram implements AutoCloseable {

    private final String name;
    private final int program;
    private final Map<String, Integer> locations = new HashMap<>();

    private ComputeProgram(String name, int program) {
        this.name = name;
        this.program = program;
    }

    /** Compiles and links (GL thread); throws {@link ShaderCompileException} with file:line positions. */
    static ComputeProgram link(ShaderSource source) {
        int shader = glCreateShader(GL_COMPUTE_SHADER);
        glShaderSource(shader, source.text());
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) != GL_TRUE) {
            String log = glGetShaderInfoLog(shader);
            glDeleteShader(shader);
            throw new ShaderCompileException("shader " + source.name() + " failed to compile:\n" + source.locate(log));
        }
        int program = glCreateProgram();
        glAttachShader(program, shader);
        glLinkProgram(program);
        glDeleteShader(shader); // flagged; freed with the program
        if (glGetProgrami(program, GL_LINK_STATUS) != GL_TRUE) {
            String log = glGetProgramInfoLog(program);
            glDeleteProgram(program);
            throw new ShaderCompileException("shader " + source.name() + " failed to link:\n" + source.locate(log));
        }
        return new ComputeProgram(source.name(), program);
    }

    /** Path of the shader below {@code shaders/}. */
    public String name() {
        return name;
    }

    /** Makes this the current program. */
    public void use() {
        glUseProgram(program);
    }

    /** Location of a uniform, or −1 when the compiler removed it as unused (setting −1 is a no-op in GL). */
    public int uniform(String uniformName) {
        return locations.computeIfAbsent(uniformName, n -> glGetUniformLocation(program, n));
    }

    /** Sets a float uniform of the current program. */
    public void set(String uniformName, float value) {
        glUniform1f(uniform(uniformName), value);
    }

    /** Sets an int (or bool) uniform of the current program. */
    public void set(String uniformName, int value) {
        glUniform1i(uniform(uniformName), value);
    }

    /** The local work-group size declared in the shader. */
    public int[] localSize() {
        int[] size = new int[3];
        glGetProgramiv(program, GL_COMPUTE_WORK_GROUP_SIZE, size);
        return size;
    }

    /**
     * Dispatches enough work groups to cover {@code nx × ny × nz} invocations (the shader must skip those
     * beyond), then orders later buffer reads after the shader's writes.
     */
    public void dispatchCovering(int nx, int ny, int nz) {
        int[] local = localSize();
        glDispatchCompute(groups(nx, local[0]), groups(ny, local[1]), groups(nz, local[2]));
        glMemoryBarrier(GL_SHADER_STORAGE_BARRIER_BIT | GL_BUFFER_UPDATE_BARRIER_BIT);
    }

    private static int groups(int n, int local) {
        return (n + local - 1) / local;
    }

    @Override
    public void close() {
        glDeleteProgram(program);
    }
}
