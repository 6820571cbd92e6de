import { Client } from 'pg';

/**
 * The statements this process sends to PostgreSQL while `work` runs, in order (any connection): for
 * tests that hold a path to its number of round trips. Only pg's public `Client#query` is wrapped,
 * and only for the duration of `work`.
 */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const sent: string[] = [];
  proto.query = function (this: Client, ...args: unknown[]): unknown {
    const first = args[0] as string | { text?: string } | undefined;
    sent.push((typeof first === 'string' ? first : (first?.text ?? '')).replace(/\s+/g, ' ').trim());
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return sent;
}
