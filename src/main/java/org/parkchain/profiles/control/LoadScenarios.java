package org.parkchain.profiles.control;

import java.util.SplittableRandom;

/**
 * Load scenarios for the risk measure: each scenario scales every month of the profile by a factor
 * {@code f = exp(σ·z − σ²/2)} (mean 1), where σ is the profile's own daily volatility and {@code z} a standard normal
 * draw. The draws are fixed by a seed and taken in antithetic pairs ({@code z}, {@code −z}), and every plan is valued
 * on the same scenarios, so results are deterministic and plans are compared on equal terms. Applying the day-level
 * spread to whole months is deliberately cautious.
 */
public final class LoadScenarios {
    private final double[][] z;

    /** @param count an even number of scenarios whose 5 % tail is a whole number of scenarios (a multiple of 20) */
    public LoadScenarios(int count, int months, long seed) {
        if (count <= 0 || count % 20 != 0) {
            throw new IllegalArgumentException("the scenario count must be a positive multiple of 20");
        }
        SplittableRandom random = new SplittableRandom(seed);
        z = new double[count][months];
        for (int s = 0; s < count; s += 2) {
            for (int m = 0; m < months; m++) {
                double draw = gaussian(random);
                z[s][m] = draw;
                z[s + 1][m] = -draw;
            }
        }
    }

    public int count() {
        return z.length;
    }

    public int months() {
        return z[0].length;
    }

    /**
     * The factors of the first {@code months} months for a profile with volatility σ, flat: scenario {@code s}, month
     * {@code m} at {@code [s × months + m]}. An antithetic partner's factor is {@code exp(−σz − σ²/2)}, computed
     * from its twin's without a second exponential.
     */
    public double[] factors(double sigma, int months) {
        double[] f = new double[z.length * months];
        double drift = Math.exp(-sigma * sigma);
        for (int s = 0; s < z.length; s += 2) {
            for (int m = 0; m < months; m++) {
                double up = Math.exp(sigma * z[s][m] - sigma * sigma / 2);
                f[s * months + m] = up;
                f[(s + 1) * months + m] = drift / up;
            }
        }
        return f;
    }

    /** Box–Muller, so the draws do not depend on the JDK's Random.nextGaussian implementation. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
