package org.modalis.phantom;

/**
 * The Bessel function of the first kind of order one, J₁(x), by the rational and asymptotic approximations of
 * Hart et al., <i>Computer Approximations</i> (1968), as tabulated in Press et al., <i>Numerical Recipes</i>
 * §6.5 (absolute error below 1e-8 over the real line). commons-math's {@code BesselJ} sums a series and is
 * ~20× slower; the ellipse spectrum evaluates J₁ once per k-space sample and region.
 */
final class BesselJ1 {

    private BesselJ1() {
    }

    static double value(double x) {
        double ax = Math.abs(x);
        if (ax < 8.0) {
            double y = x * x;
            double num = x * (72362614232.0 + y * (-7895059235.0 + y * (242396853.1 + y * (-2972611.439
                    + y * (15704.48260 + y * (-30.16036606))))));
            double den = 144725228442.0 + y * (2300535178.0 + y * (18583304.74 + y * (99447.43394
                    + y * (376.9991397 + y))));
            return num / den;
        }
        double z = 8.0 / ax, y = z * z, xx = ax - 2.356194491;
        double p = 1.0 + y * (0.183105e-2 + y * (-0.3516396496e-4 + y * (0.2457520174e-5 + y * (-0.240337019e-6))));
        double q = 0.04687499995 + y * (-0.2002690873e-3 + y * (0.8449199096e-5 + y * (-0.88228987e-6 + y * 0.105787412e-6)));
        double ans = Math.sqrt(0.636619772 / ax) * (Math.cos(xx) * p - z * Math.sin(xx) * q);
        return x < 0 ? -ans : ans;
    }
}
