package org.modalis.ultrasound;

/**
 * A faulty array element, as found by a probe QA test (element drop-out): its sensitivity relative to a
 * healthy element, on transmit and on receive alike — 0 for a dead element (a broken solder joint, a cut
 * coaxial line in the cable), between 0 and 1 for a weak one (a delaminated or depolarised crystal). The
 * scanner does not know: its beamformer still delays and weights the element as if it were healthy.
 *
 * @param element the element's index, 0 at the array's −x end
 * @param gain    sensitivity relative to a healthy element, in [0, 2]
 */
public record ElementFault(int element, double gain) {

    public ElementFault {
        if (element < 0) {
            throw new IllegalArgumentException("element index must be ≥ 0, got " + element);
        }
        if (!(gain >= 0 && gain <= 2)) {
            throw new IllegalArgumentException("element gain must be in [0, 2] (0 = dead, 1 = healthy), got " + gain);
        }
    }
}
