#!/usr/bin/python3
"""Writes the NumPy fixtures that NpyReaderTest/NpyWriterTest check against (run with Debian's
python3-numpy 1.24.2 from this folder: /usr/bin/python3 make_npy_fixtures.py). Element (i, j[, k]) of
every array is sum_d index_d * 10**(ndim-1-d) (10*i + j in 2-D), minus 0.25 for float types, so the
Java tests can state the expected values in closed form."""
import numpy as np
from numpy.lib import format as npf

def ramp(shape, dtype):
    idx = np.indices(shape)
    w = [100, 10, 1][3 - len(shape):]
    v = sum(wi * ii for wi, ii in zip(w, idx)).astype(np.float64)
    return (v - 0.25 if np.dtype(dtype).kind == 'f' else v).astype(dtype)

# Byte-identity fixtures (what NpyWriter must reproduce exactly): C order, little endian, version 1.0.
np.save('numpy_f4_2x3.npy', ramp((2, 3), '<f4'))
np.save('numpy_f8_2x3x4.npy', ramp((2, 3, 4), '<f8'))
np.save('numpy_i2_3x2.npy', ramp((3, 2), '<i2') * -1)
np.save('numpy_u1_2x2.npy', ramp((2, 2), '|u1'))
np.save('numpy_f4_1d.npy', ramp((5,), '<f4'))
# Reader fixtures: other byte orders, types, Fortran order, format 2.0, 0-d, and an unsupported type.
np.save('numpy_be_f8_fortran_3x4.npy', np.asfortranarray(ramp((3, 4), '>f8')))
np.save('numpy_u2_fortran_2x3x4.npy', np.asfortranarray(ramp((2, 3, 4), '<u2')))
np.save('numpy_be_i4_2x3.npy', (ramp((2, 3), '<i4') * -1).astype('>i4'))
np.save('numpy_bool_2x2.npy', np.array([[True, False], [False, True]]))
np.save('numpy_f8_scalar.npy', np.array(2.5))
with open('numpy_v2_f4_2x3.npy', 'wb') as f:
    npf.write_array(f, ramp((2, 3), '<f4'), version=(2, 0))
np.save('numpy_c8_2.npy', np.array([1 + 2j, 3 - 4j], dtype='<c8'))
