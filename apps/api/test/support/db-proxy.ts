import { createServer, Server, Socket } from 'node:net';

/**
 * A TCP proxy between an app and PostgreSQL that a test can cut and restore: cutting resets every
 * open connection (the app sees "Connection terminated unexpectedly" / ECONNRESET mid-query) and
 * stops listening (new connections are refused, ECONNREFUSED) — what the app sees while the
 * database restarts, without restarting the machine's shared PostgreSQL.
 */
export class DatabaseProxy {
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  port = 0;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Starts a proxy to the database of `url`; `proxy.url(url)` is the same database through it. */
  static async start(url: string): Promise<DatabaseProxy> {
    const target = new URL(url);
    const proxy = new DatabaseProxy(target.hostname, Number(target.port || 5432));
    await proxy.restore();
    return proxy;
  }

  url(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  /** The database "goes down": open connections are reset, new ones refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
    if (server !== undefined) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The database is back, on the same port. */
  async restore(): Promise<void> {
    const server = createServer((client) => {
      const upstream = new Socket();
      this.sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      upstream.connect(this.targetPort, this.targetHost, () => {
        client.pipe(upstream).pipe(client);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address !== null && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  async close(): Promise<void> {
    await this.cut();
  }
}
