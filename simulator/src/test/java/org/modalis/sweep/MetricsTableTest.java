package org.modalis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** metrics.csv: columns, order, full precision and RFC 4180 quoting. */
class MetricsTableTest {

    @Test
    void csvOfA2x2Grid() {
        SweepPlan plan = SweepPlan.parse(List.of("ct.mas=10,20", "recon.filter=ramp,hann"));
        List<SweepPoint> p = plan.points();
        // Rows given out of order; the "a,\"b\"" metric name needs quoting; p003 lacks "mtf50".
        List<PointMetrics> rows = List.of(
                new PointMetrics(p.get(3), Map.of("sd", 0.1)),
                new PointMetrics(p.get(0), ordered("sd", 1.0 / 3, "mtf50", 4.5)),
                new PointMetrics(p.get(1), ordered("sd", 2.0, "a,\"b\"", 1e-300)),
                new PointMetrics(p.get(2), ordered("sd", -0.0, "mtf50", 12345678.9)));
        String expected = "point,ct.mas,recon.filter,sd,mtf50,\"a,\"\"b\"\"\"\r\n"
                + "p000,10,ramp,0.3333333333333333,4.5,\r\n"
                + "p001,10,hann,2.0,,1.0E-300\r\n"
                + "p002,20,ramp,-0.0,1.23456789E7,\r\n"
                + "p003,20,hann,0.1,,\r\n";
        MetricsTable t = new MetricsTable(plan.keys(), rows);
        assertEquals(expected, t.toCsv());
        // Read back and write again: identical text (Double.toString round-trips exactly).
        assertEquals(expected, MetricsTable.parse(expected, plan).toCsv());
    }

    private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
