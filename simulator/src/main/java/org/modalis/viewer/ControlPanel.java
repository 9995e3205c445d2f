package org.modalis.viewer;

import imgui.ImGui;
import imgui.type.ImInt;
import imgui.type.ImString;
import java.util.List;
import org.modalis.scenario.ScenarioEntry;
import org.modalis.scenario.ScenarioLibrary;

/**
 * The left column: open a scenario (built-in list or a file), every protocol and reconstruction parameter
 * generated from the schema, window presets, the mouse tool, the A/B comparison, save and export. Each
 * parameter edit becomes an override and starts a background run. Window thread only.
 */
final class ControlPanel {

    private final Viewer viewer;
    /** The catalogue of each modality shown so far (reading the schema takes a few milliseconds). */
    private final java.util.Map<String, ParameterCatalog> catalogs = new java.util.HashMap<>();
    private final ParameterWidget widgets = new ParameterWidget();
    private final List<ScenarioEntry> entries = ScenarioLibrary.standard().list();
    private final ScenarioMenu menu;
    /** The modality combo's items (the menu's modalities, fixed for the session). */
    private final String[] modalities;
    /** The shipped phantoms, to image any of them with the current protocol (listing needs no tissues). */
    private final String[] phantoms = new org.modalis.phantom.PhantomLibrary(new NoTissues()).names().toArray(String[]::new);
    private final ImString file = new ImString(512);
    private final ImString savePath = new ImString(512);
    private final ImString exportDir = new ImString(512);
    private SimulationOutcome treeOf;
    private org.modalis.scenario.ScenarioSource namesFor;
    private com.fasterxml.jackson.databind.JsonNode tree;

    ControlPanel(Viewer viewer, ScenarioMenu menu) {
        this.viewer = viewer;
        this.menu = menu;
        this.modalities = menu.modalities().toArray(String[]::new);
    }

    void draw(ViewerState s) {
        scenarioChooser(s);
        ImGui.separator();
        display(s);
        ImGui.separator();
        parameters(s);
        ImGui.separator();
        saveAndExport(s);
    }

    private void scenarioChooser(ViewerState s) {
        String modality = s.shown != null ? s.view().modality() : modalityOfSource(s);
        int at = java.util.Arrays.asList(modalities).indexOf(modality);
        ImInt m = new ImInt(Math.max(0, at));
        if (ImGui.combo("modality", m, modalities) && m.get() != at) {
            viewer.openModality(modalities[m.get()]);
        }
        String[] names = menu.sortedNames(modality);
        if (names.length == 0) {
            names = entries.stream().map(ScenarioEntry::name).toArray(String[]::new);
        }
        ImInt index = new ImInt(Math.max(0, indexOf(names, s)));
        if (ImGui.combo("scenario", index, names)) {
            viewer.open(names[index.get()]);
        }
        phantomChooser(s);
        ImGui.inputText("##file", file);
        ImGui.sameLine();
        if (ImGui.button("open file") && !file.get().isBlank()) {
            viewer.open(file.get().strip());
        }
    }

    /** A combo of the shipped phantoms: picking one images it with the current protocol (an override). */
    private void phantomChooser(ViewerState s) {
        if (s.shown == null) {
            return;
        }
        // the phantoms this modality can image (all shipped ones if the worker has not listed them)
        String[] offered = s.shown.phantoms().isEmpty() ? phantoms : s.shown.phantoms().toArray(String[]::new);
        String current = org.modalis.pipeline.RunReport.describePhantom(s.shown.scenario().phantom());
        int at = java.util.Arrays.asList(offered).indexOf(current);
        ImInt index = new ImInt(Math.max(0, at));
        if (ImGui.combo("phantom", index, offered) && index.get() != at) {
            viewer.set("phantom", offered[index.get()]);
        }
    }

    /** Names only: the phantom listing never resolves a tissue. */
    private static final class NoTissues implements org.modalis.tissue.TissueCatalog {
        @Override
        public java.util.Optional<org.modalis.tissue.Tissue> find(String name) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.SortedSet<String> names() {
            return new java.util.TreeSet<>();
        }
    }

    /** Before the first result: the modality of the built-in entry being opened (else the first modality). */
    private String modalityOfSource(ViewerState s) {
        String file = s.source.file().toString().replace('\\', '/');
        return entries.stream().filter(e -> file.endsWith(e.name() + ".yaml")).map(ScenarioEntry::modality).findFirst()
                .orElse(modalities.length == 0 ? "ct" : modalities[0]);
    }

    /** The built-in entry whose file the current scenario is, or −1 for another file. */
    private static int indexOf(String[] names, ViewerState s) {
        String file = s.source.file().toString().replace('\\', '/');
        for (int i = 0; i < names.length; i++) {
            if (file.endsWith(names[i] + ".yaml")) {
                return i;
            }
        }
        return -1;
    }

    private void display(ViewerState s) {
        if (s.shown != null) {
            ImGui.text("window presets (level/width " + s.view().unit() + "):");
            List<WindowChoice> presets = s.view().presets();
            for (int i = 0; i < presets.size(); i++) {
                if (ImGui.button(presets.get(i).label())) {
                    s.window = presets.get(i).window();
                }
                if (i % 2 == 0 && i + 1 < presets.size()) {
                    ImGui.sameLine(); // two presets per line: the column is narrow
                }
            }
        }
        ImGui.text("left drag:");
        for (Tool t : Tool.values()) {
            ImGui.sameLine();
            if (ImGui.radioButton(t.name().toLowerCase(java.util.Locale.ROOT), s.tool == t)) {
                s.tool = t;
            }
        }
        if (ImGui.button("keep as A") && s.shown != null) {
            s.compareA = s.shown;
        }
        for (CompareMode m : CompareMode.values()) {
            ImGui.sameLine();
            if (ImGui.radioButton("A/B " + m.name().toLowerCase(java.util.Locale.ROOT), s.compare == m)) {
                s.compare = m;
            }
        }
        if (ImGui.button("reset zoom")) {
            viewer.resetViews();
        }
    }

    private void parameters(ViewerState s) {
        if (s.shown == null) {
            ImGui.textDisabled("parameters appear after the first run");
            return;
        }
        ImGui.beginChild("##parameters", 0, -4 * ImGui.getFrameHeightWithSpacing(), false);
        if (treeOf != s.shown) {
            tree = s.shown.scenario().resolvedTree(); // a copy: taken once per result, not per frame
            treeOf = s.shown;
        }
        ImGui.pushItemWidth(170);
        String section = null;
        ModalityView view = s.view();
        ParameterCatalog catalog = catalogs.computeIfAbsent(view.modality(),
                m -> ParameterCatalog.forSections(view.parameterSections()));
        for (ParameterSpec spec : catalog.specs()) {
            if (!spec.section().equals(section)) {
                section = spec.section();
                ImGui.textDisabled(section.isEmpty() ? "scenario" : section);
            }
            String value = s.overrides.values().getOrDefault(spec.key(), ResolvedValue.of(tree, spec.key()));
            boolean applies = view.applies(spec.key());
            if (!applies) {
                ImGui.beginDisabled(); // shown, so the file's value stays visible, but not used by this probe
            }
            String edited = widgets.draw(spec, value, view.inEffect(spec.key()));
            if (!applies) {
                ImGui.endDisabled();
            }
            if (edited != null && !edited.equals(value)) {
                viewer.set(spec.key(), edited);
            }
        }
        ImGui.popItemWidth();
        ImGui.endChild();
    }

    private void saveAndExport(ViewerState s) {
        if (namesFor != s.source) {
            namesFor = s.source; // default file names follow the scenario shown
            savePath.set(s.source.name() + "-edited.yaml");
            exportDir.set("out/" + s.source.name() + "-view");
        }
        ImGui.inputText("##save", savePath);
        ImGui.sameLine();
        if (ImGui.button("save scenario")) {
            viewer.saveScenario(java.nio.file.Path.of(savePath.get().strip()));
        }
        ImGui.inputText("##export", exportDir);
        ImGui.sameLine();
        if (ImGui.button("export PNG + data")) {
            viewer.export(java.nio.file.Path.of(exportDir.get().strip()));
        }
        if (ImGui.button("reset edits")) {
            viewer.resetOverrides();
        }
        ImGui.sameLine();
        ImGui.textWrapped(DisplayText.shown(s.notice));
    }
}
