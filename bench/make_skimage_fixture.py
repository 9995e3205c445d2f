#!/usr/bin/python3
"""Reference fixture for org.modalis.ct.recon.SkimageCompatibilityTest.

Run with Debian's python3-skimage (0.19.3):  /usr/bin/python3 bench/make_skimage_fixture.py
Writes, under simulator/src/test/resources/fixtures/:
  skimage_sinogram_65x90.npy      skimage.transform.radon of a 65x65 Shepp-Logan, float64, shape (65 bins, 90 views)
  skimage_iradon_ramp_65.npy      iradon(filter_name='ramp', interpolation='linear', circle=True), float64 (65, 65)
  skimage_iradon_shepp_65.npy     the same with filter_name='shepp-logan'
An odd size (65) puts skimage's rotation centre (pixel N//2) exactly on Modalis' pixel-centre grid
(x = (i + 0.5 - N/2) dx), so no half-pixel shift enters the comparison (see docs/conventions.md).
"""
import os
import numpy as np
from skimage.data import shepp_logan_phantom
from skimage.transform import radon, iradon, resize

N, VIEWS = 65, 90
out = os.path.join(os.path.dirname(__file__), '..', 'simulator', 'src', 'test', 'resources', 'fixtures')
os.makedirs(out, exist_ok=True)
image = resize(shepp_logan_phantom(), (N, N), anti_aliasing=True).astype(np.float64)
theta = np.arange(VIEWS) * 180.0 / VIEWS
sino = radon(image, theta=theta, circle=True)
np.save(os.path.join(out, 'skimage_sinogram_65x90.npy'), sino.astype(np.float64))
for name, tag in (('ramp', 'ramp'), ('shepp-logan', 'shepp')):
    rec = iradon(sino, theta=theta, filter_name=name, interpolation='linear', circle=True)
    np.save(os.path.join(out, 'skimage_iradon_%s_65.npy' % tag), rec.astype(np.float64))
print('sinogram', sino.shape, 'max', sino.max())
