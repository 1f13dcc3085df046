package org.sigbench.synth.model;

import java.util.Arrays;

/**
 * The construction of {@link Stroke#through}: the circular arc from {@code p0} through {@code pm}
 * to {@code p1}, as a {@link Stroke}.
 *
 * <p>Frame: {@code u = (p1 - p0) / L}, L the chord; {@code pm - p0 = mx u + my w} with
 * {@code my = |(pm - p0) - mx u| >= 0} and w the unit vector along that perpendicular part (made
 * orthogonal to u again if rounding left a component along it). In the (u, w) frame {@code p0 =
 * (0, 0)}, {@code p1 = (L, 0)}, {@code pm = (mx, my)}; the centre lies on the chord's bisector at
 * {@code (L/2, cy)}, equidistant from p0 and pm:
 * <pre>
 *   cy     = ((mx - L/2)^2 + my^2 - (L/2)^2) / (2 my)
 *   r      = hypot(L/2, cy)
 *   a0     = atan2(-cy, -L/2),  a1 = atan2(-cy, L/2)     (angles of p0 and p1 seen from the centre)
 *   swept  = (a0 - a1) mod 2 pi                          (clockwise: pm is on the +w side)
 *   thetaS = atan2(L/2, -cy)                             (radius vector at p0 turned by -90 degrees)
 *   D      = r swept,  thetaE = thetaS - swept
 * </pre>
 * When {@code my <= 1e-9 L} the points are collinear: a straight stroke of length L along u (w any
 * unit vector orthogonal to u). Degenerate input (p0 and p1, or pm and an end, closer than
 * {@code 1e-12 max(|p0|, |p1|, 1)}) is rejected.
 */
final class ArcThroughPoints {
    private ArcThroughPoints() {
    }

    static Stroke stroke(double[] p0, double[] pm, double[] p1, double t0, double mu, double sigma) {
        Stroke.requireVec(p0, "p0");
        Stroke.requireVec(pm, "pm");
        Stroke.requireVec(p1, "p1");
        double[] b = Vec.sub(p1, p0);
        double chord = Vec.norm(b);
        double scale = Math.max(Math.max(Vec.norm(p0), Vec.norm(p1)), 1.0);
        if (chord <= 1e-12 * scale) {
            throw new IllegalArgumentException("degenerate stroke: start and end targets coincide at "
                    + Arrays.toString(p0));
        }
        double[] a = Vec.sub(pm, p0);
        double[] u = Vec.scale(b, 1 / chord);
        double mx = Vec.dot(a, u);
        double[] perp = Vec.sub(a, Vec.scale(u, mx));
        double my = Vec.norm(perp);
        if (Vec.norm(a) <= 1e-12 * scale || Vec.norm(Vec.sub(p1, pm)) <= 1e-12 * scale) {
            throw new IllegalArgumentException("degenerate stroke: the arc point coincides with an end target");
        }
        if (my <= 1e-9 * chord) {
            double[] w = Vec.anyOrthogonal(u);
            return Stroke.of(t0, mu, sigma, chord, p0, u, w, 0, 0);
        }
        double[] w = Vec.scale(perp, 1 / my);
        if (Math.abs(Vec.dot(u, w)) > 1e-12) {
            // pm nearly on a long chord: the subtraction above left a rounding error along u
            w = Vec.sub(w, Vec.scale(u, Vec.dot(u, w)));
            w = Vec.scale(w, 1 / Vec.norm(w));
        }
        // In the (u, w) frame: p0 = (0, 0), p1 = (L, 0), pm = (mx, my) with my > 0; the centre is
        // (L/2, cy). The arc through pm above the chord is travelled clockwise (it bulges to +w).
        double half = chord / 2;
        double cy = ((mx - half) * (mx - half) + my * my - half * half) / (2 * my);
        double r = Math.hypot(half, cy);
        // Travelling p0 -> pm -> p1 with pm on the +w side turns clockwise: dtheta < 0.
        double a0 = Math.atan2(-cy, -half);
        double a1 = Math.atan2(-cy, half);
        double swept = a0 - a1; // clockwise sweep from a0 to a1
        swept = ((swept % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
        // tangent of clockwise travel = radius vector rotated by -90 degrees: (ry, -rx)
        double thetaS = Math.atan2(-(-half), -cy);
        return Stroke.of(t0, mu, sigma, r * swept, p0, u, w, thetaS, thetaS - swept);
    }
}
