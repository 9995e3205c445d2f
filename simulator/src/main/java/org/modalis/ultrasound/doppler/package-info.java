/**
 * Pulsed-wave and colour Doppler: a blood-scatterer model of a straight vessel seen through a range gate,
 * the slow-time IQ signal it returns pulse by pulse, the wall filter, the sliding-window spectrum
 * (spectrogram with angle correction) and the lag-one autocorrelation (Kasai) velocity estimator.
 *
 * <p>Data flow: {@link org.modalis.ultrasound.doppler.Vessel} + {@link org.modalis.ultrasound.doppler.DopplerProtocol}
 * → {@link org.modalis.ultrasound.doppler.SlowTimeSimulator#acquire} → {@link org.modalis.ultrasound.doppler.SlowTimeSignal}
 * → {@link org.modalis.ultrasound.doppler.WallFilter} → {@link org.modalis.ultrasound.doppler.DopplerSpectrum#compute}
 * → {@link org.modalis.ultrasound.doppler.Spectrogram} and {@link org.modalis.ultrasound.doppler.VelocityEstimate}.
 * Aliasing is never painted: the Doppler phase is sampled once per pulse, so shifts beyond ±PRF/2 wrap by
 * themselves. Conventions: the beam runs along +z (depth); positive velocity is flow <em>towards</em> the
 * transducer, which gives a positive Doppler shift f_D = 2·f0·v·cos θ / c.
 */
package org.modalis.ultrasound.doppler;
