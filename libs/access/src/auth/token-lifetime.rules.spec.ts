import { LifetimeClaims, TOKEN_CLOCK_SKEW_SECONDS, tokenLifetimeProblem } from './token-lifetime.rules';

const NOW = 1_773_648_000; // 2026-03-16T08:00:00Z
const TTL = 900;
const SKEW = TOKEN_CLOCK_SKEW_SECONDS;

describe('tokenLifetimeProblem', () => {
  it.each<[string, LifetimeClaims, ReturnType<typeof tokenLifetimeProblem>]>([
    ['a token as Steg issues it', { iat: NOW, exp: NOW + TTL }, null],
    ['issued a while ago, still in its lifetime', { iat: NOW - 600, exp: NOW - 600 + TTL }, null],
    ['a lifetime at the limit plus the skew', { iat: NOW, exp: NOW + TTL + SKEW }, null],
    [
      'a lifetime one second over the limit plus the skew',
      { iat: NOW, exp: NOW + TTL + SKEW + 1 },
      'lifetime_too_long',
    ],
    ['exp ten years ahead', { iat: NOW, exp: NOW + 10 * 365 * 86_400 }, 'lifetime_too_long'],
    ['no exp', { iat: NOW }, 'no_exp'],
    ['no exp and no iat', {}, 'no_exp'],
    ['exp as a string', { iat: NOW, exp: String(NOW + TTL) }, 'no_exp'],
    ['exp not finite', { iat: NOW, exp: Number.POSITIVE_INFINITY }, 'no_exp'],
    ['no iat', { exp: NOW + TTL }, 'no_iat'],
    ['iat as null', { iat: null, exp: NOW + TTL }, 'no_iat'],
    // Only a holder of the key writes an iat ahead; the tests' fixed clock also moves back.
    [
      'issued a day ahead of this clock, a bounded lifetime',
      { iat: NOW + 86_400, exp: NOW + 86_400 + TTL },
      null,
    ],
    // Expiry is jose's check; the rule only bounds the lifetime.
    ['expired, with a bounded lifetime', { iat: NOW - 2 * TTL, exp: NOW - TTL }, null],
  ])('%s', (_name, claims, expected) => {
    expect(tokenLifetimeProblem(claims, TTL)).toBe(expected);
  });
});
