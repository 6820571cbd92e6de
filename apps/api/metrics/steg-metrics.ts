import { Inject, Injectable, Optional } from '@nestjs/common';
import { getDataSourceToken, InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AUDIT_OUTCOMES, AuditService } from '@steg/audit';
import { STATISTICS_CONNECTION } from '@steg/read-models';

/** Label of a request no route matched: the raw URL would let anyone add label values at will. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Request latencies from a millisecond to ten seconds (the p99 target is 50 ms: docs in README). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type HttpLabel = 'method' | 'route' | 'status';

/**
 * The API's Prometheus metrics, one registry per app (tests run several apps in one process):
 * requests and their latency per route template, the database pools, audit writes, and Node's own
 * process metrics. Everything is per node; Prometheus sums the nodes. No label carries an id, a
 * municipality or anything a caller typed.
 */
@Injectable()
export class StegMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<HttpLabel>;
  private readonly latency: Histogram<HttpLabel>;

  constructor(
    @InjectDataSource() main: DataSource,
    audit: AuditService,
    @Optional() @Inject(getDataSourceToken(STATISTICS_CONNECTION)) statistics?: DataSource,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'steg_http_requests_total',
      help: 'HTTP requests answered, per method, route template and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.latency = new Histogram({
      name: 'steg_http_request_duration_seconds',
      help: 'Time from receiving a request to the end of its answer, per method, route template and status',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });

    const pools = (): [string, Pool][] =>
      (
        [
          ['main', main],
          ['statistics', statistics],
        ] as const
      ).flatMap(([name, source]) => {
        const pool = source?.isInitialized ? (source.driver as { master?: Pool }).master : undefined;
        return pool ? [[name, pool] as [string, Pool]] : [];
      });
    new Gauge({
      name: 'steg_db_pool_connections',
      help: 'Connections of a database pool, in use (by a request or transaction) or idle',
      labelNames: ['pool', 'state'],
      registers,
      collect() {
        for (const [pool, p] of pools()) {
          this.set({ pool, state: 'in_use' }, p.totalCount - p.idleCount);
          this.set({ pool, state: 'idle' }, p.idleCount);
        }
      },
    });
    new Gauge({
      name: 'steg_db_pool_connections_max',
      help: 'Size of a database pool (DATABASE_POOL_SIZE for the main pool)',
      labelNames: ['pool'],
      registers,
      collect() {
        for (const [pool, p] of pools()) this.set({ pool }, p.options.max ?? 10);
      },
    });
    new Gauge({
      name: 'steg_db_pool_waiting',
      help: 'Queries waiting for a free connection of a database pool',
      labelNames: ['pool'],
      registers,
      collect() {
        for (const [pool, p] of pools()) this.set({ pool }, p.waitingCount);
      },
    });

    new Counter({
      name: 'steg_audit_events_written_total',
      help: 'Audit events committed by this node, per outcome (success, denied)',
      labelNames: ['outcome'],
      registers,
      collect() {
        this.reset();
        for (const outcome of AUDIT_OUTCOMES) this.inc({ outcome }, audit.tally.committed[outcome]);
      },
    });
    new Counter({
      name: 'steg_audit_write_failures_total',
      help: 'Reads refused with 503 because their audit event could not be written',
      registers,
      collect() {
        this.reset();
        this.inc(audit.tally.failures);
      },
    });
  }

  /** Counts and times every answer, under the route's template (`/api/v1/participants/:id`). */
  observeRequests(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      const labels = {
        method: request.method,
        route: request.routeOptions.url ?? UNMATCHED_ROUTE,
        status: String(reply.statusCode),
      };
      this.requests.inc(labels);
      this.latency.observe(labels, reply.elapsedTime / 1000);
      done();
    });
  }
}
