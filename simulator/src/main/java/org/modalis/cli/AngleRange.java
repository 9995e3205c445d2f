package org.modalis.cli;

import org.modalis.UserInputException;

/**
 * {@code START:STOP:COUNT} in degrees: COUNT equally spaced view angles from START, STOP excluded (the
 * angles of {@code numpy.linspace(START, STOP, COUNT, endpoint=False)}).
 */
record AngleRange(double startDeg, double stopDeg, int count) {

    static AngleRange parse(String text) {
        String[] p = text.split(":");
        if (p.length != 3) {
            throw new UserInputException("expected START:STOP:COUNT in degrees, got '" + text + "'", null, 0, 0,
                    "--angles-deg", "e.g. 0:180:180 for scikit-image's default angles");
        }
        try {
            double a = Double.parseDouble(p[0]);
            double b = Double.parseDouble(p[1]);
            int n = Integer.parseInt(p[2]);
            if (n < 1 || !(b > a) || b - a > 720) {
                throw new UserInputException("needs COUNT ≥ 1 and START < STOP ≤ START + 720, got '" + text + "'", null, 0, 0,
                        "--angles-deg", "e.g. 0:180:180");
            }
            return new AngleRange(a, b, n);
        } catch (NumberFormatException e) {
            throw new UserInputException("expected numbers in START:STOP:COUNT, got '" + text + "'", null, 0, 0,
                    "--angles-deg", "e.g. 0:180:180");
        }
    }

    double stepDeg() {
        return (stopDeg - startDeg) / count;
    }
}
