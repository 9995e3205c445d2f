#!/usr/bin/env python3
"""Monte Carlo scatter kernels of water slabs for Modalis' X-ray scatter model (org.modalis.xray.ScatterKernels).

Run with Debian's python (numpy + python3-xraylib): /usr/bin/python3 bench/xray/scatter_kernels.py
Writes simulator/src/main/resources/xray/scatter-kernels.csv.

A pencil beam of monoenergetic photons enters a water slab (1 g/cm3, H 0.1119, O 0.8881 by mass) normally at the
origin. Photons are tracked (photoelectric absorption; Compton scattering from the Klein-Nishina cross section
with the incoherent scattering function S(x, Z) of xraylib by rejection, i.e. bound electrons; Rayleigh scattering
from the Thomson cross section times the independent-atom form factor squared, by rejection) until they leave the
slab. Photons that leave through the exit face having scattered at least once are projected across an air gap g
onto a detector plane and scored by radius r in the detector plane, weighted by the signal they give in an
energy-integrating CsI detector of 0.5 mm (E' eta(E')) and by the second moment (E'^2 eta(E')), and, for anti-scatter
grids of ratio R, by the geometric acceptance of an ideal linear focused grid max(0, 1 - R |tan theta_x|)
(theta_x: the angle to the beam in the plane across the strips; Day & Dance, Phys. Med. Biol. 28:1429, 1983).
This is the method of the Monte Carlo scatter kernels of Boone & Seibert (Med. Phys. 15:713, 1988) and
Love & Kruger (Med. Phys. 14:178, 1987). Each row of the CSV: energy, thickness, gap, ratio, then the kernel's
integral over annuli (signal per incident photon, keV) for the radial bin edges in the header.
"""
import math
import os
import sys

import numpy as np
import xraylib as xl
import xraylib_np as xlnp

RNG = np.random.default_rng(20261124)
W_H, W_O = 0.1119, 0.8881
ENERGIES = [30, 50, 70, 90, 110, 130]                                    # keV (scatter signal varies smoothly)
THICKNESS = [5, 10, 15, 20, 30]                                             # cm of water
GAPS = [0, 5, 10, 20, 30]                                                     # cm air gap to the detector
RATIOS = [0, 6, 8, 10, 12, 16]                                                # 0 = no grid
EDGES = np.concatenate([[0.0], np.geomspace(0.1, 40.0, 31)])                  # cm, radius in the detector plane
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
CSI_RHO, CSI_T = 4.51, 0.05
W_CS = 132.905 / (132.905 + 126.904)


def mu_csi(e):
    return CSI_RHO * (W_CS * xl.CS_Total(55, e) + (1 - W_CS) * xl.CS_Total(53, e))


def eta(e):
    return np.array([1 - math.exp(-mu_csi(float(x)) * CSI_T) for x in np.atleast_1d(e)])


def cross_sections(e):
    """(photo, compton, rayleigh) [1/cm] of water at energies e (array)."""
    e = np.atleast_1d(e).astype(float)
    zs = np.array([1, 8], dtype=np.int_)
    ph = W_H * xlnp.CS_Photo(zs[:1], e)[0] + W_O * xlnp.CS_Photo(zs[1:], e)[0]
    co = W_H * xlnp.CS_Compt(zs[:1], e)[0] + W_O * xlnp.CS_Compt(zs[1:], e)[0]
    ra = W_H * xlnp.CS_Rayl(zs[:1], e)[0] + W_O * xlnp.CS_Rayl(zs[1:], e)[0]
    return ph, co, ra


def momentum(e, cos_t):
    """xraylib momentum transfer x = sin(theta/2)/lambda [1/Angstrom]."""
    return e / 12.39842 * np.sqrt(np.clip((1 - cos_t) / 2, 0, 1))


def sample_compton(e):
    """cos(theta) from Klein-Nishina x S(x)/Z of water by rejection (S normalised by the molecule's 10 electrons)."""
    out = np.empty_like(e)
    todo = np.arange(e.size)
    while todo.size:
        k = e[todo] / 511.0
        c = RNG.uniform(-1, 1, todo.size)
        ratio = 1 / (1 + k * (1 - c))
        kn = ratio ** 2 * (ratio + 1 / ratio - 1 + c ** 2) / 2   # <= 1
        x = momentum(e[todo], c)
        s = (2 * xlnp.SF_Compt(np.array([1], dtype=np.int_), x)[0] + xlnp.SF_Compt(np.array([8], dtype=np.int_), x)[0]) / 10
        ok = RNG.uniform(0, 1, todo.size) < kn * np.clip(s, 0, 1)
        out[todo[ok]] = c[ok]
        todo = todo[~ok]
    return out


def sample_rayleigh(e):
    """cos(theta) from Thomson (1 + cos^2)/2 x F^2(x) of water (independent atoms) by rejection."""
    f0 = 2 * 1 ** 2 + 8 ** 2
    out = np.empty_like(e)
    todo = np.arange(e.size)
    while todo.size:
        c = RNG.uniform(-1, 1, todo.size)
        x = momentum(e[todo], c)
        f2 = 2 * xlnp.FF_Rayl(np.array([1], dtype=np.int_), x)[0] ** 2 + xlnp.FF_Rayl(np.array([8], dtype=np.int_), x)[0] ** 2
        ok = RNG.uniform(0, 1, todo.size) < (1 + c ** 2) / 2 * f2 / f0
        out[todo[ok]] = c[ok]
        todo = todo[~ok]
    return out


def rotate(u, cos_t):
    """New direction at polar angle acos(cos_t) and a uniform azimuth about u (rows of unit vectors)."""
    phi = RNG.uniform(0, 2 * np.pi, len(cos_t))
    sin_t = np.sqrt(np.clip(1 - cos_t ** 2, 0, 1))
    ux, uy, uz = u[:, 0], u[:, 1], u[:, 2]
    out = np.empty_like(u)
    perp = np.sqrt(np.clip(1 - uz ** 2, 0, 1))
    near = perp < 1e-9
    cp, sp = np.cos(phi), np.sin(phi)
    safe = np.where(near, 1, perp)
    out[:, 0] = np.where(near, sin_t * cp, ux * cos_t + sin_t * (ux * uz * cp - uy * sp) / safe)
    out[:, 1] = np.where(near, sin_t * sp, uy * cos_t + sin_t * (uy * uz * cp + ux * sp) / safe)
    out[:, 2] = np.where(near, np.sign(uz) * cos_t, uz * cos_t - sin_t * cp * safe)
    return out / np.linalg.norm(out, axis=1)[:, None]


def transport(e0, t):
    """Exit position, direction and energy of photons that leave the exit face after >= 1 scatter."""
    n = N
    pos = np.zeros((n, 3))
    u = np.tile([0.0, 0.0, 1.0], (n, 1))
    e = np.full(n, float(e0))
    scattered = np.zeros(n, bool)
    exits = []
    while n:
        ph, co, ra = cross_sections(e)
        tot = ph + co + ra
        step = RNG.exponential(1 / tot)
        new = pos + u * step[:, None]
        out_back = new[:, 2] < 0
        out_front = new[:, 2] > t
        leave = out_back | out_front
        hit = out_front & scattered
        if hit.any():
            d = (t - pos[hit, 2]) / u[hit, 2]
            exits.append((pos[hit] + u[hit] * d[:, None], u[hit], e[hit]))
        keep = ~leave
        pos, u, e, scattered = new[keep], u[keep], e[keep], scattered[keep]
        ph, co, ra, tot = ph[keep], co[keep], ra[keep], tot[keep]
        xi = RNG.uniform(0, 1, len(e)) * tot
        alive = xi >= ph
        pos, u, e, scattered = pos[alive], u[alive], e[alive], scattered[alive]
        is_co = (xi[alive] - ph[alive]) < co[alive]
        c = np.empty(len(e))
        if is_co.any():
            c[is_co] = sample_compton(e[is_co])
            e[is_co] = e[is_co] / (1 + e[is_co] / 511.0 * (1 - c[is_co]))
        if (~is_co).any():
            c[~is_co] = sample_rayleigh(e[~is_co])
        u = rotate(u, c)
        scattered[:] = True
        low = e > 5  # below 5 keV the photon cannot leave centimetres of water: drop it
        pos, u, e, scattered = pos[low], u[low], e[low], scattered[low]
        n = len(e)
    if not exits:
        return np.zeros((0, 3)), np.zeros((0, 3)), np.zeros(0)
    return (np.concatenate([x[0] for x in exits]), np.concatenate([x[1] for x in exits]),
            np.concatenate([x[2] for x in exits]))


def main():
    root = os.path.join(os.path.dirname(__file__), "..", "..")
    path = os.path.join(root, "simulator", "src", "main", "resources", "xray", "scatter-kernels.csv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = ["# Monte Carlo scatter kernels of water slabs (bench/xray/scatter_kernels.py, %d photons each)." % N,
             "# kernel[k] = scatter signal (E' eta_CsI0.5mm(E') summed, keV per incident photon) landing in the detector",
             "# annulus EDGES[k] <= r < EDGES[k+1] (cm); moment 1 = signal, moment 2 = E'^2 eta (keV^2).",
             "edges_cm," + ",".join("%.6g" % x for x in EDGES)]
    for e0 in ENERGIES:
        for t in THICKNESS:
            p, u, e = transport(e0, t)
            w1 = e * eta(e) / N
            w2 = e * w1
            tx = np.abs(u[:, 0] / u[:, 2])
            for g in GAPS:
                q = p[:, :2] + u[:, :2] * (g / u[:, 2])[:, None]
                r = np.hypot(q[:, 0], q[:, 1])
                for ratio in RATIOS:
                    acc = np.ones_like(r) if ratio == 0 else np.clip(1 - ratio * tx, 0, 1)
                    for m, w in ((1, w1), (2, w2)):
                        h, _ = np.histogram(r, bins=EDGES, weights=w * acc)
                        lines.append("%g,%g,%g,%g,%d," % (e0, t, g, ratio, m) + ",".join("%.5g" % x for x in h))
            print(e0, t, len(e), file=sys.stderr)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
