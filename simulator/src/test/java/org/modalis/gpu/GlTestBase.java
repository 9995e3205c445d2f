package org.modalis.gpu;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * Base of the tests that need an OpenGL 4.3 context: one context per test class. Where none can be made,
 * every test is skipped in {@code @BeforeEach} with the reason (an assumption in {@code @BeforeAll} would
 * make Surefire report zero tests instead of skipped ones); with the environment variable
 * {@code REQUIRE_GL=1}, or {@code CI=true} as most CI services set it, a missing context fails them instead:
 * CI runs Mesa's llvmpipe and must never skip these tests.
 */
@Tag("gpu")
public abstract class GlTestBase {

    private static GlContext context;
    private static String unavailable;

    @BeforeAll
    static void openContext() {
        try {
            context = GlContext.create();
            unavailable = null;
        } catch (GlUnavailableException e) {
            context = null;
            unavailable = e.getMessage();
        }
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @BeforeEach
    void requireContext() {
        if (context != null) {
            return;
        }
        String why = "no OpenGL 4.3 context: " + unavailable;
        if ("1".equals(System.getenv("REQUIRE_GL")) || "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + " (REQUIRE_GL=1 or CI=true makes this a failure)");
        }
        System.err.println("SKIPPED " + getClass().getSimpleName() + ": " + why);
        Assumptions.abort(why);
    }

    /** The class's context (non-null inside a test). */
    protected static GlContext gl() {
        return context;
    }
}
