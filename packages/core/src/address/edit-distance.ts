/** Longest string `editDistance` compares; longer ones are never typos of a known name. */
const MAX = 64;
// Three rows reused across calls: the typo finder runs this some fifty times per
// unknown domain, and allocating rows each time would dominate.
let twoBack = new Int32Array(MAX + 1);
let oneBack = new Int32Array(MAX + 1);
let current = new Int32Array(MAX + 1);

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two
 * neighbouring characters as one edit (optimal string alignment, "restricted
 * Damerau–Levenshtein"): typing `hotmial` for `hotmail` is one slip, not two.
 *
 * Stops early: answers `limit + 1` as soon as the distance is known to exceed `limit`,
 * and for strings longer than 64 characters.
 */
export function editDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (n > MAX || m > MAX || Math.abs(n - m) > limit) return limit + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  for (let j = 0; j <= m; j++) oneBack[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(oneBack[j]! + 1, current[j - 1]! + 1, oneBack[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, twoBack[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const spare = twoBack;
    twoBack = oneBack;
    oneBack = current;
    current = spare;
  }
  const distance = oneBack[m]!;
  return distance > limit ? limit + 1 : distance;
}
