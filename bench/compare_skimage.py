#!/usr/bin/python3
"""Side-by-side timing of scikit-image's iradon and Modalis' FBP (org.modalis.bench.FbpFileRunner).

Run through bench/compare_skimage.sh (it builds Modalis and sets CLASSPATH). Steps:
 1. a size² modified Shepp-Logan (skimage.data.shepp_logan_phantom, resized) and its radon transform,
    circle=True, views angles over 180° (cached in --work);
 2. iradon(filter='ramp', interpolation='linear', circle=True), timed --iradon-repeats times (median);
 3. the same sinogram in Modalis' convention (docs/conventions.md: views and bins both reversed, start angle
    pi/V, detector offset +0.5 bin for an even size), timed by FbpFileRunner (3 warm-ups, 7 runs, median);
 4. prints both medians, the speed-up and, for an odd size (where skimage's rotation centre is a pixel
    centre of our grid), max |ours - iradon| inside the reconstruction circle. For an even size the two
    grids differ by half a pixel, so no pixel-by-pixel comparison is made.
"""
import argparse
import os
import subprocess
import time

import numpy as np
from skimage.data import shepp_logan_phantom
from skimage.transform import radon, iradon, resize


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--work', required=True)
    ap.add_argument('--size', type=int, default=512)
    ap.add_argument('--views', type=int, default=720)
    ap.add_argument('--iradon-repeats', type=int, default=3)
    a = ap.parse_args()
    n, v = a.size, a.views
    theta = np.arange(v) * 180.0 / v
    image = resize(shepp_logan_phantom(), (n, n), anti_aliasing=True)
    cache = os.path.join(a.work, 'radon_%d_%d.npy' % (n, v))
    if os.path.exists(cache):
        sino = np.load(cache)
    else:
        t0 = time.perf_counter()
        sino = radon(image, theta=theta, circle=True)
        print('radon (sinogram generation): %.1f s' % (time.perf_counter() - t0))
        np.save(cache, sino)

    times = []
    for _ in range(a.iradon_repeats):
        t0 = time.perf_counter()
        rec_sk = iradon(sino, theta=theta, filter_name='ramp', interpolation='linear', circle=True)
        times.append(time.perf_counter() - t0)
    t_sk = float(np.median(times))

    ours_in = np.ascontiguousarray(sino[::-1, ::-1].T).astype('<f4')
    fin = os.path.join(a.work, 'sino_%d_%d.f32' % (n, v))
    fout = os.path.join(a.work, 'fbp_%d_%d.f32' % (n, v))
    ours_in.tofile(fin)
    offset = 0.0 if n % 2 == 1 else 0.5
    out = subprocess.run(['java', 'org.modalis.bench.FbpFileRunner', fin, str(v), str(n), str(n),
                          repr(np.pi / v), repr(offset), fout, '7'],
                         check=True, capture_output=True, text=True).stdout
    print(out.strip().splitlines()[0])
    t_ours = float([l for l in out.splitlines() if l.startswith('median_seconds=')][0].split('=')[1])
    rec_ours = np.fromfile(fout, dtype='<f4').reshape(n, n)

    r = n // 2
    yy, xx = np.mgrid[:n, :n]
    inside = (yy - r) ** 2 + (xx - r) ** 2 <= r ** 2
    print('scikit-image %s iradon %dx%d, %d views: median %.3f s (%d runs)' % (
        __import__('skimage').__version__, n, n, v, t_sk, len(times)))
    print('Modalis FBP: median %.3f s' % t_ours)
    print('speed-up: %.1fx' % (t_sk / t_ours))
    if n % 2 == 1:
        diff = np.abs(rec_ours - rec_sk)[inside].max()
        print('max |Modalis - iradon| inside the circle: %.3g (max |iradon| %.3g)' % (diff, np.abs(rec_sk).max()))
    else:
        print('pixel-by-pixel agreement not checked: for an even size the two grids differ by half a pixel '
              '(run with an odd size, e.g. 511, to compare)')


if __name__ == '__main__':
    main()
