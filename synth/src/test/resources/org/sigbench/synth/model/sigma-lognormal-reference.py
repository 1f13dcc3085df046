#!/usr/bin/env python3
"""Reference values for SigmaLognormalReferenceTest, independent of sigbench's code.

A planar Sigma-Lognormal movement of three strokes (parameters below, the same as in the test).
Velocity: the model's definition, summed over strokes (Plamondon 1995; O'Reilly and Plamondon 2009):
    |v_j(t)| = D_j / (sigma_j sqrt(2 pi) (t - t0_j)) exp(-(ln(t - t0_j) - mu_j)^2 / (2 sigma_j^2)),  t > t0_j
    phi_j(t) = thetaS_j + (thetaE_j - thetaS_j) L_j(t),  L_j(t) = 1/2 [1 + erf((ln(t - t0_j) - mu_j) / (sigma_j sqrt 2))]
    v(t)     = sum_j |v_j(t)| (cos phi_j(t), sin phi_j(t))
Position: NOT the closed form, but p(t) = p0 + integral_{0}^{t} v(s) ds by numerical quadrature
(mpmath.quad, tanh-sinh, 40 significant digits, the interval split at every t0_j and at the sample
times), so the test checks sigbench's closed-form arc displacement against an independent integral.

Run:  python3 sigma-lognormal-reference.py > sigma-lognormal-reference.tsv   (mpmath 1.3.0)
"""
import mpmath as mp

mp.mp.dps = 40
P0 = (mp.mpf(10), mp.mpf(-5))
# t0, mu, sigma, D, thetaS, thetaE
STROKES = [
    ("0.00", "-1.6", "0.25", "30", "0.3", "1.2"),
    ("0.12", "-1.9", "0.35", "18", "2.0", "1.1"),
    ("0.30", "-1.5", "0.20", "25", "-0.5", "-0.5"),
]
STROKES = [tuple(mp.mpf(v) for v in s) for s in STROKES]
TIMES = ["0.05", "0.1", "0.2", "0.3", "0.4", "0.5", "0.65", "0.8", "1.0", "1.5"]


def velocity(t):
    vx = mp.mpf(0)
    vy = mp.mpf(0)
    for t0, mu, sigma, d, ts, te in STROKES:
        if t <= t0:
            continue
        z = (mp.log(t - t0) - mu) / sigma
        speed = d / (sigma * mp.sqrt(2 * mp.pi) * (t - t0)) * mp.exp(-z * z / 2)
        phi = ts + (te - ts) * (1 + mp.erf(z / mp.sqrt(2))) / 2
        vx += speed * mp.cos(phi)
        vy += speed * mp.sin(phi)
    return vx, vy


def position(t):
    cuts = sorted({mp.mpf(0), t} | {s[0] for s in STROKES if s[0] < t})
    x = P0[0] + mp.quad(lambda s: velocity(s)[0], cuts)
    y = P0[1] + mp.quad(lambda s: velocity(s)[1], cuts)
    return x, y


print("# t\tx\ty\tvx\tvy  (planar movement of sigma-lognormal-reference.py; produced by that script, mpmath 1.3.0, 40 digits)")
for ts in TIMES:
    t = mp.mpf(ts)
    x, y = position(t)
    vx, vy = velocity(t)
    print("\t".join([ts] + [mp.nstr(v, 17, min_fixed=-30, max_fixed=30) for v in (x, y, vx, vy)]))
