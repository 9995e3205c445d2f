package org.modalis.xray;

/**
 * A finished dynamic acquisition (fluoroscopy or DSA): {@code frames} holds {@code count} images of the detector
 * grid, frame-major (frame, row z, column x), and {@code last} the final image with its metrics (for
 * fluoroscopy the last-image-hold: the last temporally filtered frame, shown after the beam stops).
 *
 * @param quantity what the frames hold (e.g. "relative exposure, recursively filtered" or "ln(mask/live)")
 */
public record SequenceResult(XrayResult last, float[] frames, int count, String quantity) {
}
