package dev.slant.jobs.stats;

/**
 * Pearson's chi-square on an r × c table of counts, with Cramér's V and the smallest expected count (below 5 the
 * chi-square approximation is rough, so callers report it next to the p-value). Rows or columns that are all zero
 * are dropped first: they carry no information and would make expected counts zero.
 */
public record Contingency(double chiSquare, int degreesOfFreedom, long n, int rows, int cols, double minExpected) {

    public static Contingency of(long[][] counts) {
        long[][] t = dropEmpty(counts);
        int r = t.length;
        int c = r == 0 ? 0 : t[0].length;
        long[] rowSum = new long[r];
        long[] colSum = new long[c];
        long n = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                rowSum[i] += t[i][j];
                colSum[j] += t[i][j];
                n += t[i][j];
            }
        }
        double chi = 0;
        double minExpected = Double.POSITIVE_INFINITY;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double e = (double) rowSum[i] * colSum[j] / n;
                minExpected = Math.min(minExpected, e);
                double d = t[i][j] - e;
                chi += d * d / e;
            }
        }
        int df = Math.max(0, (r - 1) * (c - 1));
        return new Contingency(chi, df, n, r, c, r * c == 0 ? Double.NaN : minExpected);
    }

    public double cramersV() {
        return CramersV.of(chiSquare, n, rows, cols);
    }

    private static long[][] dropEmpty(long[][] counts) {
        int r = counts.length;
        int c = r == 0 ? 0 : counts[0].length;
        boolean[] keepRow = new boolean[r];
        boolean[] keepCol = new boolean[c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (counts[i][j] != 0) {
                    keepRow[i] = true;
                    keepCol[j] = true;
                }
            }
        }
        int nr = 0;
        int nc = 0;
        for (boolean b : keepRow) {
            nr += b ? 1 : 0;
        }
        for (boolean b : keepCol) {
            nc += b ? 1 : 0;
        }
        long[][] out = new long[nr][nc];
        int oi = 0;
        for (int i = 0; i < r; i++) {
            if (!keepRow[i]) {
                continue;
            }
            int oj = 0;
            for (int j = 0; j < c; j++) {
                if (keepCol[j]) {
                    out[oi][oj++] = counts[i][j];
                }
            }
            oi++;
        }
        return out;
    }
}
