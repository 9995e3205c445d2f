package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.pipeline.Progress;

/** A display edit reuses the echoes and gives a fresh run's bytes; an acquisition edit recomputes them. */
class UltrasoundEchoMemoTest {

    private static final AnalyticPhantom LIVER = UsFixtures.block(UsFixtures.tissue("liver", 1578, 1060, 0.5, 1));

    private static UltrasoundJob job(UltrasoundProtocol protocol) {
        return UsFixtures.job(LIVER, UsFixtures.LINEAR, protocol, List.of(new WireTarget(0, 0.01, 50)),
                List.of(UsFixtures.roi("liver", 1, 8, 1.5)), 3);
    }

    private static UltrasoundProtocol base() {
        return new UltrasoundProtocol(0.014, 0.01, 12, 3e-3, 2, 2, 1, 0, 60, -40, 6, -40);
    }

    @Test
    void aGainTgcOrDynamicRangeEditReusesTheEchoesAndGivesFreshBytes() {
        UltrasoundEchoMemo memo = new UltrasoundEchoMemo();
        UltrasoundPipeline viewer = new UltrasoundPipeline(memo);
        viewer.run(job(base()), Progress.NONE);
        UltrasoundProtocol display = base().withTgc(3, 6);
        display = new UltrasoundProtocol(display.depth(), display.transmitFocus(), display.lines(), display.lineSpan(),
                display.transmitFNumber(), display.receiveFNumber(), display.tgcDbPerCm(), display.gainDb(), 45,
                display.noiseDb(), display.samplesPerPeriod(), display.beamFloorDb());
        UltrasoundResult reused = viewer.run(job(display), Progress.NONE);
        assertEquals(1, memo.hits(), "the display edit is answered from memory");
        UltrasoundResult fresh = new UltrasoundPipeline().run(job(display), Progress.NONE);
        assertArrayEquals(fresh.image().data(), reused.image().data());
        assertArrayEquals(fresh.rf(), reused.rf());
        assertEquals(fresh.metrics().metrics(), reused.metrics().metrics());
    }

    @Test
    void anAcquisitionEditRecomputes() {
        UltrasoundEchoMemo memo = new UltrasoundEchoMemo();
        UltrasoundPipeline viewer = new UltrasoundPipeline(memo);
        viewer.run(job(base()), Progress.NONE);
        viewer.run(job(base().withDepthAndFocus(0.014, 0.012)), Progress.NONE);
        viewer.run(job(base().withNoise(-30)), Progress.NONE);
        assertEquals(0, memo.hits(), "a focus or noise edit changes the echoes");
    }

    @Test
    void aNoiseEditKeepsTheNoiseFreeSignalAndGivesFreshBytes() {
        UltrasoundEchoMemo memo = new UltrasoundEchoMemo();
        UltrasoundPipeline viewer = new UltrasoundPipeline(memo);
        viewer.run(job(base()).withModel(EchoModel.BEAM), Progress.NONE);
        UltrasoundJob louder = job(base().withNoise(-20)).withModel(EchoModel.BEAM);
        UltrasoundResult reused = viewer.run(louder, Progress.NONE);
        assertEquals(1, memo.signalHits(), "only the noise is drawn again");
        UltrasoundResult fresh = new UltrasoundPipeline().run(louder, Progress.NONE);
        assertArrayEquals(fresh.rf(), reused.rf());
        assertArrayEquals(fresh.image().data(), reused.image().data());
        assertEquals(fresh.metrics().metrics(), reused.metrics().metrics());
        viewer.run(job(base().withNoise(-20).withDepthAndFocus(0.014, 0.012)).withModel(EchoModel.BEAM), Progress.NONE);
        assertEquals(1, memo.signalHits(), "a focus edit changes the signal");
    }
}
