package org.modalis.gpu;

import java.util.Locale;
import org.modalis.UserInputException;
import org.modalis.ct.recon.Backprojector;
import org.modalis.ct.recon.CpuBackprojector;
import org.modalis.gpu.ct.GlBackprojector;

/**
 * The backend chosen for {@code --backend auto|cpu|gpu} (and a scenario's {@code backend:}): the
 * backprojector to hand to {@code Fbp}, a one-line description of what runs it (the GL renderer string, or
 * the Java thread count), and why it was chosen, for the console and the {@code Trace}.
 * <ul>
 * <li>{@code cpu}: the Java twin; OpenGL is never touched (no natives needed).</li>
 * <li>{@code gpu}: the GL twin on whatever OpenGL 4.3 context can be made, software or not; none at all is
 *     a {@link UserInputException} ("no OpenGL 4.3 context: … use --backend cpu").</li>
 * <li>{@code auto}: the GL twin only on a hardware renderer. Mesa's llvmpipe and other software
 *     rasterizers run the kernels up to 4× slower than the Java twins (docs/gpu.md), so there auto
 *     reports the renderer and uses the CPU, as it does when no context can be made.</li>
 * </ul>
 * Close it to release the GL backprojector and its context (a no-op for the CPU).
 *
 * @param backend       where the backprojection runs
 * @param backprojector the operator to use
 * @param description   one line: the GL renderer and version, or "Java CPU twins, N threads"
 * @param reason        why this backend, e.g. "no OpenGL 4.3 context: …: using CPU"
 * @param context       the GL context owned by this choice (null for the CPU), for other GL twins such as
 *                      {@code GlJosephProjector}
 */
public record BackendChoice(Backend backend, Backprojector backprojector, String description, String reason,
                            GlContext context) implements AutoCloseable {

    /** Opens a GL context; replaced in tests to simulate machines without one. */
    @FunctionalInterface
    interface ContextOpener {
        GlContext open() throws GlUnavailableException;
    }

    /** Chooses for {@code mode} = auto, cpu or gpu (case-insensitive). */
    public static BackendChoice choose(String mode) {
        return choose(mode, GlContext::create);
    }

    static BackendChoice choose(String mode, ContextOpener opener) {
        String m = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
        switch (m) {
            case "cpu":
                return cpu("--backend cpu");
            case "gpu":
                return gpu(opener);
            case "auto":
                return auto(opener);
            default:
                throw new UserInputException("unknown backend '" + mode + "': allowed auto, cpu, gpu", null, 0, 0,
                        "backend", "auto picks the GPU only for a hardware OpenGL renderer");
        }
    }

    private static BackendChoice cpu(String reason) {
        String threads = (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1) + " threads";
        return new BackendChoice(Backend.CPU, new CpuBackprojector(), "Java CPU twins, " + threads, reason, null);
    }

    private static BackendChoice gpu(ContextOpener opener) {
        GlContext gl;
        try {
            gl = opener.open();
        } catch (GlUnavailableException e) {
            throw new UserInputException("no OpenGL 4.3 context: " + e.getMessage() + "; use --backend cpu", null, 0, 0,
                    "backend", "--backend auto falls back to the CPU by itself");
        }
        String reason = "forced by --backend gpu" + (gl.softwareRenderer() ? "; software renderer, slower than the CPU" : "");
        return onGpu(gl, reason);
    }

    private static BackendChoice auto(ContextOpener opener) {
        GlContext gl;
        try {
            gl = opener.open();
        } catch (GlUnavailableException e) {
            return cpu("no OpenGL 4.3 context: " + e.getMessage() + ": using CPU");
        }
        if (gl.softwareRenderer()) {
            String renderer = gl.renderer();
            gl.close();
            return cpu("OpenGL renderer '" + renderer + "' is a software rasterizer, slower than the Java"
                    + " twins (docs/gpu.md): using CPU (--backend gpu forces it)");
        }
        return onGpu(gl, "hardware OpenGL renderer: using GPU");
    }

    private static BackendChoice onGpu(GlContext gl, String reason) {
        try {
            return new BackendChoice(Backend.GPU, new GlBackprojector(gl), gl.describe(), reason, gl);
        } catch (RuntimeException e) {
            gl.close();
            throw e;
        }
    }

    /** One line for the console: "backend gpu: &lt;renderer&gt; (&lt;reason&gt;)". */
    public String describe() {
        return "backend " + backend.name().toLowerCase(Locale.ROOT) + ": " + description + " (" + reason + ")";
    }

    /** Releases the GL backprojector and the context; nothing to do for the CPU. */
    @Override
    public void close() {
        if (backprojector instanceof GlBackprojector g) {
            g.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
