import { Writable } from 'node:stream';
import { anchorMacValid, AuditAnchorService, parseAnchors } from '@steg/audit';
import { startTestApp, TestApp } from './support/test-app';

const KEY = 'audit-anchor-log-test-key-0123456789abcdef';

/**
 * A file of its own: nestjs-pino keeps the first app's logger for logs outside a request for the
 * whole process, so the app whose log is read must be the only one here.
 */
describe('the API writes audit anchors to its log', () => {
  const lines: string[] = [];
  const anchorLines = () =>
    lines
      .join('')
      .split('\n')
      .filter((l) => l.includes('"auditAnchor"'));
  let t: TestApp;
  let closed = false;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    t = await startTestApp({
      config: { logLevel: 'info', auditAnchorKey: KEY, auditAnchorIntervalSeconds: 0.2 },
      logStream: sink,
    });
  });

  afterAll(async () => {
    if (!closed) await t.close();
  });

  it('at the configured interval, at info, signed, and stops when the app closes without waiting', async () => {
    const deadline = Date.now() + 4_000;
    while (anchorLines().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

    const entries = anchorLines().map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(entries.every((e) => e.level === 30 && e.msg === 'audit anchor')).toBe(true);
    // The log lines are what an operator hands `steg audit verify --anchor`.
    const anchors = parseAnchors(lines.join(''));
    expect(anchors.length).toBe(entries.length);
    expect(anchors.every((a) => anchorMacValid(a, KEY))).toBe(true);
    // Compared with the chains in audit-anchor.e2e-spec.ts: here other files tamper with the shared
    // database meanwhile, so a comparison would report their edits.
    expect(anchors.every((a) => t.app.get(AuditAnchorService).isGenuine(a))).toBe(true);

    const closing = Date.now();
    await t.close();
    closed = true;
    expect(Date.now() - closing).toBeLessThan(2_000);
    const count = anchorLines().length;
    await new Promise((r) => setTimeout(r, 500));
    expect(anchorLines()).toHaveLength(count);
  }, 15_000);
});
