package org.modalis.mri;

import org.modalis.image.Image;

/**
 * The reconstructed slice: magnitude (what radiologists read) and phase.
 *
 * @param magnitude |m(x, y)| [a.u., relative to fully relaxed water]
 * @param phase     arg m(x, y) [rad], in (−π, π]
 */
public record MrImages(Image magnitude, Image phase) {
}
