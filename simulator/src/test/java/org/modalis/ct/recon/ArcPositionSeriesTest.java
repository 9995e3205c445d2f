package org.modalis.ct.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArcPositionSeriesTest {

    @Test
    void seriesMatchesAtanOverTheWholeRange() {
        // The fit's worst error on |x| ≤ 1 is 4.3e-8 rad (least squares on Chebyshev nodes, degree 15);
        // 1e-7 rad leaves room for the double rounding and would catch a wrong or truncated fit (degree 13: 2.8e-7).
        double worst = 0;
        for (int n = 0; n <= 200_000; n++) {
            double x = -1 + n / 100_000.0;
            worst = Math.max(worst, Math.abs(ArcPositionSeries.atan(x) - Math.atan(x)));
        }
        assertTrue(worst < 1e-7, "worst error " + worst + " rad");
    }

    @Test
    void floatPositionsAgreeWithTheTable() {
        // A 1 mrad detector with 900 bins: positions up to ≈ 900; float rounding there is ≈ 6e-5 bins,
        // the series' error 4e-5 bins, the table's 1e-6: agreement within 2e-4 bins.
        double invSpacing = 1000, shift = 452;
        ArcPositionSeries series = new ArcPositionSeries(invSpacing, shift);
        for (int n = -50; n <= 50; n++) {
            float x = n / 100f;
            double exact = Math.atan(x) * invSpacing + shift;
            assertEquals(exact, series.at(x), 2e-4, "x = " + x);
        }
    }
}
