/**
 * Typing into a search, one keystroke at a time, as the search benchmarks measure it. Shared by the address
 * (search.bench.ts) and bank (banks.bench.ts) benchmarks.
 */
import type { FoldedIndex } from '../src/core/text/search.js';

/** Every prefix of every query, in typing order: what a citizen's keystrokes send to the search. */
export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((query) => [...query].map((_, i) => [...query].slice(0, i + 1).join('')));
}

/** The `p`th percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Times each keystroke's query, run `repeats` times and averaged (the browser's clock is too coarse for one
 * query), after `warmUps` rounds that let the engine compile the search code.
 */
export function timeKeystrokes<T>(index: FoldedIndex<T>, typed: readonly string[], repeats: number, warmUps: number) {
  for (let round = 0; round < warmUps; round++) for (const query of typed) index.search(query);
  const times: number[] = [];
  let slowest = { query: '', ms: 0 };
  let results = 0;
  for (const query of typed) {
    const start = performance.now();
    for (let i = 0; i < repeats; i++) results += index.search(query).length;
    const ms = (performance.now() - start) / repeats;
    times.push(ms);
    if (ms > slowest.ms) slowest = { query, ms };
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { sorted, slowest, results, median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}
