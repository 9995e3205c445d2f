package org.modalis.gpu;

import static org.lwjgl.opengl.GL43C.*;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;

/**
 * An OpenGL 4.3+ core context without a window, for batch runs, and the one thread that owns it. The one
 * place that creates contexts ({@link ContextRoute}: EGL, else a hidden GLFW window) and compiles shaders
 * ({@link #compile}). Every GL call goes through {@link #call}/{@link #run}, which execute on the owner
 * thread: a GL call on a thread with no current context crashes the JVM, so no other thread may touch GL.
 * Close it to release the context and stop the thread; objects made on it (programs, buffers) must be
 * closed first, by their owners.
 */
public final class GlContext implements AutoCloseable {

    /** OpenGL version needed for compute shaders and shader storage buffers. */
    public static final int MAJOR = 4;
    public static final int MINOR = 3;

    private final ExecutorService owner;
    private final Thread ownerThread;
    private final ContextHandle handle;
    private final String renderer;
    private final String vendor;
    private final String version;
    private final long maxStorageBlockBytes;
    private volatile boolean closed;

    private GlContext(ExecutorService owner, ContextHandle handle, String[] info, long maxStorageBlockBytes) {
        this.owner = owner;
        this.ownerThread = Thread.currentThread(); // constructed on the owner thread (createOnOwner)
        this.handle = handle;
        this.vendor = info[0];
        this.renderer = info[1];
        this.version = info[2];
        this.maxStorageBlockBytes = maxStorageBlockBytes;
    }

    /** A context by the first route that works: EGL, then a hidden GLFW window. */
    public static GlContext create() throws GlUnavailableException {
        return create(ContextRoute.AUTO);
    }

    /** A context by the given route; the message of the exception lists why each route tried failed. */
    public static GlContext create(ContextRoute route) throws GlUnavailableException {
        ExecutorService owner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "modalis-gl");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<GlContext> f = owner.submit(() -> createOnOwner(owner, route));
            return f.get();
        } catch (ExecutionException e) {
            owner.shutdown();
            if (e.getCause() instanceof GlUnavailableException u) {
                throw u;
            }
            throw new GlUnavailableException("OpenGL context creation failed: " + e.getCause());
        } catch (InterruptedException e) {
            owner.shutdown();
            Thread.currentThread().interrupt();
            throw new GlUnavailableException("interrupted while creating the OpenGL context");
        }
    }

    private static GlContext createOnOwner(ExecutorService owner, ContextRoute route) throws GlUnavailableException {
        ContextHandle h = makeCurrent(route);
        GLCapabilities caps;
        try {
            caps = GL.createCapabilities();
        } catch (RuntimeException | LinkageError e) {
            h.destroy();
            throw new GlUnavailableException(h.route() + ": OpenGL functions could not be loaded (" + e.getMessage() + ")");
        }
        String[] info = {glGetString(GL_VENDOR), glGetString(GL_RENDERER), glGetString(GL_VERSION)};
        if (!caps.OpenGL43) {
            h.destroy();
            GL.setCapabilities(null);
            throw new GlUnavailableException(h.route() + ": OpenGL " + MAJOR + "." + MINOR + " needed, the driver '"
                    + info[1] + "' offers " + info[2]);
        }
        long maxBlock = Integer.toUnsignedLong(glGetInteger(GL_MAX_SHADER_STORAGE_BLOCK_SIZE));
        return new GlContext(owner, h, info, maxBlock);
    }

    private static ContextHandle makeCurrent(ContextRoute route) throws GlUnavailableException {
        if (route == ContextRoute.GLFW) {
            return GlfwContextFactory.create(MAJOR, MINOR);
        }
        try {
            return EglContextFactory.create(MAJOR, MINOR);
        } catch (GlUnavailableException egl) {
            if (route == ContextRoute.EGL) {
                throw egl;
            }
            try {
                return GlfwContextFactory.create(MAJOR, MINOR);
            } catch (GlUnavailableException glfw) {
                throw new GlUnavailableException(egl.getMessage() + " | " + glfw.getMessage());
            }
        }
    }

    /** Runs {@code task} on the owner thread, where the context is current, and returns its result. */
    public <T> T call(Callable<T> task) {
        if (closed) {
            throw new IllegalStateException("the OpenGL context is closed");
        }
        if (Thread.currentThread() == ownerThread) {
            return callHere(task); // nested call from a GL task: submitting would wait for itself
        }
        try {
            return owner.submit(task).get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("GL task failed", c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the GL thread", e);
        }
    }

    private static <T> T callHere(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("GL task failed", e);
        }
    }

    /** Runs {@code task} on the owner thread and waits for it. */
    public void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /**
     * Compiles and links the compute shader {@code shaders/<path>} from the classpath (with its
     * {@code #include}s, see {@link ShaderSource}); errors name the file and line.
     */
    public ComputeProgram compile(String path) {
        ShaderSource source = ShaderSource.load(path);
        return call(() -> ComputeProgram.link(source));
    }

    /** GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)" or "NVIDIA H100/PCIe/SSE2". */
    public String renderer() {
        return renderer;
    }

    /** GL_VENDOR. */
    public String vendor() {
        return vendor;
    }

    /** GL_VERSION, e.g. "4.5 (Core Profile) Mesa 22.3.6". */
    public String version() {
        return version;
    }

    /** How the context was made, e.g. "EGL device platform". */
    public String route() {
        return handle.route();
    }

    /** GL_MAX_SHADER_STORAGE_BLOCK_SIZE [bytes]: the largest array one shader storage buffer may expose. */
    public long maxStorageBlockBytes() {
        return maxStorageBlockBytes;
    }

    /**
     * True for a software rasterizer (Mesa's llvmpipe, softpipe, swrast; lavapipe under zink): correct, but
     * slower than the Java CPU operators, so {@code auto} does not choose it.
     */
    public boolean softwareRenderer() {
        return isSoftware(renderer);
    }

    /** Whether a GL_RENDERER string names a software rasterizer. */
    public static boolean isSoftware(String renderer) {
        String r = renderer.toLowerCase(Locale.ROOT);
        return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("swrast") || r.contains("lavapipe")
                || r.contains("software");
    }

    /** One line: renderer, version, route. */
    public String describe() {
        return renderer + ", OpenGL " + version + ", via " + route();
    }

    /** Destroys the context on its thread and stops the thread. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            run(() -> {
                GL.setCapabilities(null);
                handle.destroy();
            });
        } finally {
            closed = true;
            owner.shutdown();
        }
    }
}
