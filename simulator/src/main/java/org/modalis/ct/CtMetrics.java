package org.modalis.ct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modalis.ct.acquisition.CtRawData;
import org.modalis.image.Image;
import org.modalis.metrics.EdgeMtf;
import org.modalis.metrics.EdgeMtfSettings;
import org.modalis.metrics.ErrorStatistics;
import org.modalis.metrics.Metric;
import org.modalis.metrics.MetricSet;
import org.modalis.metrics.RoiStatistics;

/**
 * The figures of a CT experiment, each named with its unit: ROI mean/σ against their true values, CNR
 * against the background ROI, RMSE and bias against the truth, cupping, streak and ring indices from the
 * error map, MTF from an edge ROI, photon starvation and dose. Lesson scenarios name these metrics in
 * their {@code expect} lists; docs/scenario-format.md lists them.
 */
final class CtMetrics {

    /** ROI names tried, in order, as the background for CNR. */
    private static final List<String> BACKGROUND_NAMES = List.of("background", "water", "centre", "reference", "brain");
    /** A ROI with this name marks an insert edge (centre, insert radius) for the circular-edge MTF. */
    static final String EDGE_ROI = "mtf-edge";

    private final CtJob job;
    private final Image image;
    private final Image truth;
    private final CtRawData raw;
    private final CtDose dose;
    private final List<Metric> out = new ArrayList<>();

    CtMetrics(CtJob job, Image image, Image truth, CtRawData raw, CtDose dose) {
        this.job = job;
        this.image = image;
        this.truth = truth;
        this.raw = raw;
        this.dose = dose;
    }

    MetricSet measure() {
        rois();
        errors();
        mtf();
        long readings = (long) raw.sinogram().geometry().views() * raw.sinogram().geometry().bins();
        add("photon_starved_fraction", (double) raw.photonStarvedReadings() / readings, "1",
                "fraction of detector readings at the floor of half a quantum (photon starvation)");
        add("open_beam_photons", raw.exposure().openPhotons(), "photons",
                "expected photons per detector element per view without an object");
        add("effective_energy_kev", raw.calibration().effectiveEnergyKev(), "keV",
                "energy at which water's μ equals the calibration's μ_water (the truth is drawn at it)");
        add("ctdi_air_mgy", dose.ctdiAirMgy(), "mGy", "air kerma free in air at the isocentre, from the spectrum");
        add("ctdi_vol_mgy", dose.ctdiVolMgy(), "mGy", "estimated CTDIvol in the " + dose.phantomDiameterCm()
                + " cm PMMA phantom (μ_en straight-ahead model, ±30 %)");
        add("dlp_mgy_cm", dose.dlpMgyCm(), "mGy·cm", "CTDIvol × irradiated length (one slice)");
        add("effective_dose_msv", dose.effectiveDoseMsv(), "mSv", "k·DLP, AAPM Report 96 coefficients");
        return new MetricSet(out);
    }

    private void rois() {
        Optional<RoiStatistics> background = Optional.empty();
        for (String name : BACKGROUND_NAMES) {
            background = job.rois().stream().filter(r -> r.name().equals(name)).findFirst()
                    .map(r -> RoiStatistics.measure(image, r.roi()));
            if (background.isPresent()) {
                break;
            }
        }
        for (CtJob.NamedRoi r : job.rois()) {
            if (r.name().equals(EDGE_ROI) || r.roi().indices(image.grid(), 0).length == 0) {
                continue;
            }
            RoiStatistics s = RoiStatistics.measure(image, r.roi());
            RoiStatistics t = RoiStatistics.measure(truth, r.roi());
            String p = "roi." + r.name() + ".";
            add(p + "mean_hu", s.mean(), "HU", "mean CT number in " + r.roi().describe());
            add(p + "sd_hu", s.standardDeviation(), "HU", "standard deviation (noise) in " + r.roi().describe());
            add(p + "max_hu", s.max(), "HU", "largest CT number in the ROI (peak of a small object)");
            add(p + "truth_hu", t.mean(), "HU", "mean of the truth (phantom at the effective energy) in the ROI");
            add(p + "error_hu", s.mean() - t.mean(), "HU", "mean − truth mean in the ROI");
            if (background.isPresent() && background.get().standardDeviation() > 0) {
                add("cnr." + r.name(), Math.abs(s.mean() - background.get().mean()) / background.get().standardDeviation(), "1",
                        "|mean(ROI) − mean(background)| / σ(background)");
            }
        }
    }

    private void errors() {
        ErrorStatistics all = ErrorStatistics.measure(image, truth);
        add("rmse_hu", all.rmse(), "HU", "root mean square of image − truth over the whole image");
        ErrorMap map = new ErrorMap(image.data(), truth.data(), image.grid());
        addIfFinite("bias_hu", map.meanError(0, 0.3), "HU",
                "mean error (image − truth) in the central 30 % of the object radius, edges excluded");
        addIfFinite("cupping_hu", map.meanError(0.75, 0.9) - map.meanError(0, 0.25), "HU",
                "mean error at 75–90 % of the object radius minus that within 25 %: positive = darker centre");
        addIfFinite("streak_index_hu", map.flatErrorSd(), "HU",
                "standard deviation of image − truth inside the object, edges excluded (streaks and noise)");
        add("ring_index_hu", map.ringIndex(), "HU",
                "largest azimuthal-mean error of a one-pixel annulus relative to its neighbours (rings)");
    }

    private void mtf() {
        job.rois().stream().filter(r -> r.name().equals(EDGE_ROI)).findFirst().ifPresent(r -> {
            // The edge-spread function spans ±12 pixels where the insert allows, never more than 80 % of
            // its radius; an insert under 4 pixels in radius has no usable edge.
            double radiusPixels = r.roi().radius() / image.grid().dx();
            if (radiusPixels < 4) {
                return;
            }
            EdgeMtfSettings d = EdgeMtfSettings.DEFAULT;
            EdgeMtfSettings s = new EdgeMtfSettings(d.binWidthPixels(), Math.min(d.halfRangePixels(), 0.8 * radiusPixels),
                    d.taperFraction(), d.maxFrequencyPixels(), d.points());
            var curve = EdgeMtf.measure(image, r.roi().centreX(), r.roi().centreY(), r.roi().radius(), s);
            for (Metric m : curve.toMetrics()) {
                add(m.name().toLowerCase(java.util.Locale.ROOT) + "_lp_cm", m.value(), m.unit(), m.description());
            }
        });
    }

    private void addIfFinite(String name, double value, String unit, String description) {
        if (Double.isFinite(value)) {
            add(name, value, unit, description);
        }
    }

    private void add(String name, double value, String unit, String description) {
        out.add(new Metric(name, value, unit, description));
    }
}
