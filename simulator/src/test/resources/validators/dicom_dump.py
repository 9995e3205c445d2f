#!/usr/bin/env python3
"""Reads DICOM files with pydicom (an independent reader) and prints one JSON line per file: every top-level attribute
by keyword (numbers as floats, multi-values as lists, sequences as lists of dicts) and, under
"_values", the pixel array after the Modality LUT (rescale slope/intercept) when present, row-major,
plus "_voxel_lps" = patient position [mm] of the centre of pixel (row, col) for the corners."""
import json
import sys

import numpy as np
import pydicom
from pydicom.pixel_data_handlers.util import apply_modality_lut


def plain(v):
    if isinstance(v, pydicom.sequence.Sequence):
        return [{e.keyword: plain(e.value) for e in item if e.keyword} for item in v]
    if isinstance(v, (pydicom.multival.MultiValue, list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, (pydicom.valuerep.DSfloat, pydicom.valuerep.IS, float, int)):
        return float(v)
    if isinstance(v, bytes):
        return len(v)
    return str(v)


def dump(path):
    ds = pydicom.dcmread(path)
    out = {e.keyword: plain(e.value) for e in ds if e.keyword and e.keyword != "PixelData"}
    out["_transfer_syntax"] = str(ds.file_meta.TransferSyntaxUID)
    px = ds.pixel_array
    out["_values"] = np.asarray(apply_modality_lut(px, ds), dtype=float).ravel().tolist()
    out["_stored"] = np.asarray(px, dtype=float).ravel().tolist()
    if "ImagePositionPatient" in ds:
        ipp = np.array(ds.ImagePositionPatient, float)
        iop = np.array(ds.ImageOrientationPatient, float)
        dr, dc = (float(s) for s in ds.PixelSpacing)
        pts = {}
        for r, c in [(0, 0), (0, ds.Columns - 1), (ds.Rows - 1, 0), (ds.Rows - 1, ds.Columns - 1)]:
            # PS3.3 C.7.6.2.1.1: P = S + c·Δc·X + r·Δr·Y with X the row cosine, Y the column cosine.
            pts["%d,%d" % (r, c)] = (ipp + c * dc * iop[:3] + r * dr * iop[3:]).tolist()
        out["_voxel_lps"] = pts
    return out


for path in sys.argv[1:]:
    print(json.dumps(dump(path)))
