/**
 * Binary search over sorted lists, the one used wherever offsets are looked up (sentences by
 * position, cues in a window, surrogate pairs, the speaker recency list).
 */

/**
 * How many leading items of `items` satisfy `before` — the list must be sorted so that every
 * item that satisfies it comes before every item that does not. O(log n).
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
