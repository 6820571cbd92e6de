import { randomFillSync } from 'node:crypto';

const COUNTER_LOW = 2 ** 30;
const COUNTER_LIMIT = 2 ** 42;
const POOL_SIZE = 1024;
const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * A generator of time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix time in milliseconds,
 * then a 42-bit counter in rand_a and the top of rand_b (RFC 9562 §6.2, method 1) that starts at a
 * random value each millisecond, then 32 random bits. Each id is greater than the one before, so
 * rows inserted in bulk with such ids go to the right-hand edge of their b-tree indexes (the primary
 * key and every index on a column referring to them) instead of to random pages all over them.
 */
export function uuidV7Generator(now: () => number = Date.now): () => string {
  const pool = new Uint32Array(POOL_SIZE);
  let next = POOL_SIZE;
  const random32 = (): number => {
    if (next === POOL_SIZE) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++];
  };
  // The id is written as characters into one buffer and read out as one string: building it from
  // pieces costs a dozen short-lived strings per id, and an import makes two ids per row.
  const text = Buffer.from('00000000-0000-7000-8000-000000000000', 'latin1');
  const hex = (value: number, end: number, digits: number): void => {
    for (let i = end - 1, v = value; i >= end - digits; i -= 1, v >>>= 4) text[i] = HEX[v & 15];
  };
  let lastMs = -1;
  let counter = 0;
  return () => {
    // Never backwards, also when the clock is set back.
    const ms = Math.max(now(), lastMs);
    if (ms !== lastMs) {
      lastMs = ms;
      // A random start in the lower half leaves 2^41 ids for the millisecond.
      counter = (random32() >>> 21) * COUNTER_LOW + (random32() >>> 2);
    } else if (++counter === COUNTER_LIMIT) {
      lastMs += 1;
      counter = 0;
    }
    const low = counter % COUNTER_LOW;
    hex(Math.floor(lastMs / 2 ** 16), 8, 8);
    hex(lastMs % 2 ** 16, 13, 4);
    hex(Math.floor(counter / COUNTER_LOW), 18, 3);
    // The variant bits 10, then the counter's low 30 bits.
    hex(0x8000 | (low >>> 16), 23, 4);
    hex(low & 0xffff, 28, 4);
    hex(random32(), 36, 8);
    return text.toString('latin1');
  };
}
