package org.modalis.viewer;

/** The three image panels, side by side as the pipeline runs: truth → raw data → reconstruction. */
public enum PanelKind {
    TRUTH("Phantom truth (HU)"),
    RAW("Sinogram (line integrals)"),
    IMAGE("Reconstruction (HU)");

    private final String title;

    PanelKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
