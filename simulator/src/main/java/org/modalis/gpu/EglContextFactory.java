package org.modalis.gpu;

import static org.lwjgl.egl.EGL10.EGL_NONE;
import static org.lwjgl.egl.EGL10.EGL_NO_CONTEXT;
import static org.lwjgl.egl.EGL10.EGL_NO_SURFACE;
import static org.lwjgl.egl.EGL12.EGL_RENDERABLE_TYPE;
import static org.lwjgl.egl.EGL10.EGL_SURFACE_TYPE;
import static org.lwjgl.egl.EGL10.EGL_PBUFFER_BIT;

import java.util.ArrayList;
import java.util.List;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.egl.EGL14;
import org.lwjgl.egl.EGL15;
import org.lwjgl.egl.EGLCapabilities;
import org.lwjgl.egl.EXTDeviceEnumeration;
import org.lwjgl.egl.EXTDeviceQuery;
import org.lwjgl.egl.EXTPlatformBase;
import org.lwjgl.egl.EXTPlatformDevice;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * Headless OpenGL through EGL, with no window and no surface (EGL_KHR_surfaceless_context). Displays tried
 * in order: every device of EGL_EXT_device_enumeration on the device platform (EGL_EXT_platform_device),
 * hardware devices before Mesa's software device, then Mesa's surfaceless platform (EGL_MESA_platform_surfaceless).
 * LWJGL's wrappers of {@code eglGetPlatformDisplayEXT} reject the NULL native display that the surfaceless
 * platform requires, so that one call goes straight through {@link JNI}.
 *
 * <p>The EGL display is not terminated on {@link ContextHandle#destroy()}: displays are process-wide and
 * not reference-counted, so terminating one would pull it from under any other open context.
 */
final class EglContextFactory {

    /** EGL_PLATFORM_SURFACELESS_MESA (EGL_MESA_platform_surfaceless); not among LWJGL 3.3.6's constants. */
    private static final int PLATFORM_SURFACELESS_MESA = 0x31DD;

    private EglContextFactory() {
    }

    /** Makes an OpenGL {@code major.minor} core context current on the calling thread. */
    static ContextHandle create(int major, int minor) throws GlUnavailableException {
        EGLCapabilities client;
        try {
            client = EGL.getCapabilities();
        } catch (LinkageError | IllegalStateException e) { // no libEGL, or LWJGL's natives missing here
            throw new GlUnavailableException("EGL: libEGL could not be loaded (" + e.getMessage() + ")");
        }
        List<String> failures = new ArrayList<>();
        String extensions = clientExtensions();
        if (extensions.contains("EGL_EXT_device_enumeration") && extensions.contains("EGL_EXT_platform_device")) {
            for (long device : devices()) {
                long display = EXTPlatformBase.eglGetPlatformDisplayEXT(
                        EXTPlatformDevice.EGL_PLATFORM_DEVICE_EXT, device, (int[]) null);
                ContextHandle h = tryDisplay(display, "EGL device platform", major, minor, failures);
                if (h != null) {
                    return h;
                }
            }
        } else {
            failures.add("no EGL_EXT_platform_device");
        }
        if (extensions.contains("EGL_MESA_platform_surfaceless") && client.eglGetPlatformDisplayEXT != 0L) {
            // Direct call: every LWJGL wrapper of eglGetPlatformDisplayEXT rejects the NULL native display.
            long display = JNI.invokePPP(PLATFORM_SURFACELESS_MESA, 0L, 0L, client.eglGetPlatformDisplayEXT);
            ContextHandle h = tryDisplay(display, "EGL surfaceless platform", major, minor, failures);
            if (h != null) {
                return h;
            }
        } else {
            failures.add("no EGL_MESA_platform_surfaceless");
        }
        throw new GlUnavailableException("EGL: " + String.join("; ", failures));
    }

    /**
     * Client extensions (EGL 1.5 / EGL_EXT_client_extensions): a query on EGL_NO_DISPLAY. Read
     * from the string because LWJGL 3.3.6's client-capability flags read false here even where the
     * functions were loaded.
     */
    private static String clientExtensions() {
        String s = EGL10.eglQueryString(EGL10.EGL_NO_DISPLAY, EGL10.EGL_EXTENSIONS);
        return s == null ? "" : s;
    }

    private static long[] devices() {
        int[] count = new int[1];
        if (!EXTDeviceEnumeration.eglQueryDevicesEXT(null, count) || count[0] == 0) {
            return new long[0];
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            PointerBuffer list = stack.mallocPointer(count[0]);
            EXTDeviceEnumeration.eglQueryDevicesEXT(list, count);
            // Hardware devices first: Mesa lists its software device (EGL_MESA_device_software) too, and a
            // machine with a GPU should not end up on llvmpipe because of the enumeration order.
            long[] out = new long[count[0]];
            int n = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < count[0]; i++) {
                    if (isSoftware(list.get(i)) == (pass == 1)) {
                        out[n++] = list.get(i);
                    }
                }
            }
            return out;
        }
    }

    private static boolean isSoftware(long device) {
        String ext = EXTDeviceQuery.eglQueryDeviceStringEXT(device, EGL10.EGL_EXTENSIONS);
        return ext != null && ext.contains("EGL_MESA_device_software");
    }

    /** Initializes the display and makes a context current on it, or records why not and returns null. */
    private static ContextHandle tryDisplay(long display, String route, int major, int minor, List<String> failures) {
        if (display == EGL10.EGL_NO_DISPLAY) {
            failures.add(route + ": no display");
            return null;
        }
        int[] eglMajor = new int[1];
        int[] eglMinor = new int[1];
        if (!EGL10.eglInitialize(display, eglMajor, eglMinor)) {
            failures.add(route + ": eglInitialize failed (" + lastError() + ")");
            return null;
        }
        EGLCapabilities dc = EGL.createDisplayCapabilities(display, eglMajor[0], eglMinor[0]);
        if (!dc.EGL_KHR_surfaceless_context || !EGL14.eglBindAPI(EGL14.EGL_OPENGL_API)) {
            failures.add(route + ": no surfaceless desktop-OpenGL support");
            return null;
        }
        long config = chooseConfig(display);
        if (config == 0L && !dc.EGL_KHR_no_config_context) {
            failures.add(route + ": no desktop-OpenGL config");
            return null;
        }
        long context = createContext(display, config, major, minor);
        if (context == EGL_NO_CONTEXT) {
            failures.add(route + ": no OpenGL " + major + "." + minor + " core context ("
                    + lastError() + ")");
            return null;
        }
        if (!EGL10.eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
            EGL10.eglDestroyContext(display, context);
            failures.add(route + ": eglMakeCurrent failed");
            return null;
        }
        GlFunctions.ensureLoaded(EGL.getFunctionProvider());
        return new EglHandle(route, display, context);
    }

    /** A current EGL context without surfaces; destroying it leaves the display initialized (see above). */
    private record EglHandle(String route, long display, long context) implements ContextHandle {
        @Override
        public void destroy() {
            EGL10.eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
            EGL10.eglDestroyContext(display, context);
        }
    }

    /**
     * eglCreateContext for a core profile. With config 0 (EGL_NO_CONFIG_KHR, legal under
     * EGL_KHR_no_config_context) the call goes through {@link JNI}, since LWJGL's wrapper rejects a null config.
     */
    private static long createContext(long display, long config, int major, int minor) {
        int[] attributes = {
            EGL15.EGL_CONTEXT_MAJOR_VERSION, major, EGL15.EGL_CONTEXT_MINOR_VERSION, minor,
            EGL15.EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL15.EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
        if (config != 0L) {
            return EGL10.eglCreateContext(display, config, EGL_NO_CONTEXT, attributes);
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            long list = MemoryUtil.memAddress(stack.ints(attributes));
            return JNI.invokePPPPP(display, 0L, EGL_NO_CONTEXT, list, EGL.getCapabilities().eglCreateContext);
        }
    }

    private static final List<String> ERRORS = List.of("EGL_SUCCESS", "EGL_NOT_INITIALIZED", "EGL_BAD_ACCESS",
            "EGL_BAD_ALLOC", "EGL_BAD_ATTRIBUTE", "EGL_BAD_CONFIG", "EGL_BAD_CONTEXT", "EGL_BAD_CURRENT_SURFACE",
            "EGL_BAD_DISPLAY", "EGL_BAD_MATCH", "EGL_BAD_NATIVE_PIXMAP", "EGL_BAD_NATIVE_WINDOW", "EGL_BAD_PARAMETER",
            "EGL_BAD_SURFACE", "EGL_CONTEXT_LOST");

    /** The pending EGL error by name (EGL 1.5 §3.1: codes 0x3000 … 0x300E). */
    private static String lastError() {
        int code = EGL10.eglGetError();
        int k = code - 0x3000;
        return k >= 0 && k < ERRORS.size() ? ERRORS.get(k) : "EGL error 0x" + Integer.toHexString(code);
    }

    /** A desktop-OpenGL config usable with pbuffers, or 0 where the display offers none. */
    private static long chooseConfig(long display) {
        int[] wanted = {EGL_RENDERABLE_TYPE, EGL15.EGL_OPENGL_BIT, EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_NONE};
        try (MemoryStack stack = MemoryStack.stackPush()) {
            PointerBuffer configs = stack.mallocPointer(1);
            int[] n = new int[1];
            if (!EGL10.eglChooseConfig(display, wanted, configs, n) || n[0] == 0) {
                return 0L;
            }
            return configs.get(0);
        }
    }
}
