package dev.slant.jobs.stats;

/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, "Fightin' Words", eq. 16–22).
 * Raw counts favour frequent words and plain log-odds favour rare ones; the prior shrinks both towards the background
 * rate, and the z-score divides by the estimate's standard error so the ranking reflects evidence, not just size.
 *
 * <pre>
 *   δ_w = ln((y_wi + α_w) / (n_i + α_0 − y_wi − α_w)) − ln((y_wj + α_w) / (n_j + α_0 − y_wj − α_w))   (eq. 16)
 *   σ²(δ_w) ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w)                                                    (eq. 20)
 *   z_w = δ_w / sqrt(σ²(δ_w))                                                                       (eq. 22)
 * </pre>
 *
 * with α_w = α_0 · (background count of w / background tokens): the informative prior.
 */
public final class FightinWords {
    private FightinWords() {
    }

    public record Score(double logOdds, double variance, double z) {
    }

    /**
     * @param yi    count of the word in the group
     * @param ni    tokens in the group
     * @param yj    count of the word in the rest
     * @param nj    tokens in the rest
     * @param alpha the word's prior pseudo-count α_w
     * @param alpha0 the prior's total α_0
     */
    public static Score score(double yi, double ni, double yj, double nj, double alpha, double alpha0) {
        double delta = Math.log((yi + alpha) / (ni + alpha0 - yi - alpha))
                - Math.log((yj + alpha) / (nj + alpha0 - yj - alpha));
        double variance = 1.0 / (yi + alpha) + 1.0 / (yj + alpha);
        return new Score(delta, variance, delta / Math.sqrt(variance));
    }

    /** α_w for a word seen `backgroundCount` times among `backgroundTokens`, for a prior of total size α_0. */
    public static double prior(double backgroundCount, double backgroundTokens, double alpha0) {
        return alpha0 * backgroundCount / backgroundTokens;
    }
}
