package org.modalis.gpu;

import static org.lwjgl.opengl.GL43C.*;

/**
 * A shader storage buffer of 32-bit values (float or int), bound to a binding point of the
 * {@code layout(std430, binding = k) buffer} blocks of a compute shader. Every method must run on the
 * context's owner thread (inside {@link GlContext#call}).
 */
public final class StorageBuffer implements AutoCloseable {

    private final int id;
    private final long length;

    private StorageBuffer(int id, long length) {
        this.id = id;
        this.length = length;
    }

    /** A buffer holding a copy of {@code data}. */
    public static StorageBuffer of(float[] data) {
        StorageBuffer b = new StorageBuffer(glGenBuffers(), data.length);
        glBindBuffer(GL_SHADER_STORAGE_BUFFER, b.id);
        glBufferData(GL_SHADER_STORAGE_BUFFER, data, GL_STATIC_DRAW);
        return b;
    }

    /** A buffer holding a copy of {@code data}. */
    public static StorageBuffer of(int[] data) {
        StorageBuffer b = new StorageBuffer(glGenBuffers(), data.length);
        glBindBuffer(GL_SHADER_STORAGE_BUFFER, b.id);
        glBufferData(GL_SHADER_STORAGE_BUFFER, data, GL_STATIC_DRAW);
        return b;
    }

    /** An uninitialized buffer of {@code length} 32-bit values, for a shader to write. */
    public static StorageBuffer allocate(long length) {
        StorageBuffer b = new StorageBuffer(glGenBuffers(), length);
        glBindBuffer(GL_SHADER_STORAGE_BUFFER, b.id);
        glBufferData(GL_SHADER_STORAGE_BUFFER, 4 * length, GL_DYNAMIC_READ);
        return b;
    }

    /** Number of 32-bit values. */
    public long length() {
        return length;
    }

    /** Replaces the contents from the start with {@code data} (length ≤ {@link #length()}). */
    public void upload(float[] data) {
        if (data.length > length) {
            throw new IllegalArgumentException("buffer holds " + length + " values, got " + data.length);
        }
        glBindBuffer(GL_SHADER_STORAGE_BUFFER, id);
        glBufferSubData(GL_SHADER_STORAGE_BUFFER, 0, data);
    }

    /** Binds the buffer to {@code layout(binding = index)}. */
    public void bind(int index) {
        glBindBufferBase(GL_SHADER_STORAGE_BUFFER, index, id);
    }

    /** Copies the first {@code out.length} values into {@code out}. */
    public void read(float[] out) {
        if (out.length > length) {
            throw new IllegalArgumentException("buffer holds " + length + " values, asked for " + out.length);
        }
        glBindBuffer(GL_SHADER_STORAGE_BUFFER, id);
        glGetBufferSubData(GL_SHADER_STORAGE_BUFFER, 0, out);
    }

    @Override
    public void close() {
        glDeleteBuffers(id);
    }
}
