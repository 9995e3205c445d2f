#!/usr/bin/env python3
"""Reads a NIfTI-1 file with nibabel (an independent reader) and prints JSON: shape, data (float,
Fortran order = i fastest), qform and sform affines with their codes, zooms and xyzt units."""
import json
import struct
import sys

import nibabel as nib
import numpy as np

img = nib.load(sys.argv[1])
h = img.header
qform, qcode = img.get_qform(coded=True)
sform, scode = img.get_sform(coded=True)
out = {
    "shape": list(img.shape),
    "data": np.asarray(img.get_fdata(), float).ravel(order="F").tolist(),
    "affine": np.asarray(img.affine).tolist(),
    "qform": None if qform is None else np.asarray(qform).tolist(),
    "qform_code": int(qcode),
    "sform": None if sform is None else np.asarray(sform).tolist(),
    "sform_code": int(scode),
    "zooms": [float(z) for z in h.get_zooms()],
    "units": list(h.get_xyzt_units()),
    "sizeof_hdr": int(h["sizeof_hdr"]),
    "magic": h["magic"].item().decode(),
    # nibabel zeroes vox_offset in the header copy it hands out; read the file's field and the offset it used.
    "vox_offset": float(struct.unpack("<f", open(sys.argv[1], "rb").read(112)[108:112])[0]),
    "data_offset": int(img.dataobj.offset),
    "descrip": h["descrip"].item().decode(),
}
print(json.dumps(out))
