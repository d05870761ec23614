package org.gongkai.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A term's best documents (its first and second tiers) are exactly the k first by impact, then
 * by document — whatever the order impacts come in and however many are equal — since the
 * browser's bounds hold only for what the tiers leave out.
 */
class BestTest {
  @Test
  void theKFirstByImpactThenDocument() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + random.nextInt(round < 1_000 ? 40 : 5_000);
      double[] impact = new double[n];
      int distinct = 1 + random.nextInt(round % 3 == 0 ? 3 : 1_000); // few values: many ties
      for (int i = 0; i < n; i++) impact[i] = random.nextInt(distinct) / 7.0;
      if (round % 5 == 1) Arrays.sort(impact); // rising, as postings might come
      if (round % 5 == 2) reverse(impact);
      int k = 1 + random.nextInt(n + 2);
      assertArrayEquals(expected(impact, k), StaticIndex.best(impact, k), "n " + n + ", k " + k + ", round " + round);
    }
  }

  private static int[] expected(double[] impact, int k) {
    return IntStream.range(0, impact.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -impact[i]).thenComparing(i -> i))
        .limit(k).mapToInt(Integer::intValue).sorted().toArray();
  }

  private static void reverse(double[] a) {
    Arrays.sort(a);
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      double t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
