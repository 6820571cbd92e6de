import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { identityVisible, mayUnmask } from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { Actor } from '@steg/http';
import { decodeCursor, Page, toPage, ValidationFailedError } from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import { ParticipantEntity } from '@steg/participants/schema';
import { peopleById } from '../people';

/** Where an inbox keeps its read mark, its instant and its id: SQL columns with the query's alias. */
export interface InboxColumns {
  readAt: string;
  at: string;
  id: string;
}

export interface InboxPageQuery {
  cursor?: string;
  limit?: number;
  /** true: only unread; false: only read; undefined: all. */
  unread?: boolean;
}

const DEFAULT_LIMIT = 50;
/** The instant at PostgreSQL's full (microsecond) precision, which a JS Date would round off. */
const INSTANT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** An inbox: its rows, each about one person, and what the audit log records per person listed. */
export interface Inbox<T extends ObjectLiteral> {
  /** The whole inbox of the caller: a fresh query builder on each call. */
  rows: () => SelectQueryBuilder<T>;
  columns: InboxColumns;
  /** The audit event for one person on the page, given their rows there. */
  eventFor: (participantId: string, rows: T[]) => AuditEntry;
}

export interface InboxPage<T extends ObjectLiteral> {
  /** Each row with its person, and whether the caller may see the person's name. */
  items: { row: T; person: ParticipantEntity; visible: boolean }[];
  nextCursor: string | null;
  /** Unread rows in the whole inbox, not only this page. */
  unreadCount: number;
}

/**
 * Reads one page of an inbox and writes its trace: the page (unread first, see unreadFirstPage),
 * the unread count, the people on the page, one audit event per person (through AuditService, to the
 * main database), and for each whether protected identity hides the name from the caller.
 */
export async function readInbox<T extends ObjectLiteral & { id: string; participantId: string }>(
  dataSource: DataSource,
  audit: AuditService,
  actor: Actor,
  inbox: Inbox<T>,
  query: InboxPageQuery,
): Promise<InboxPage<T>> {
  const principal = actor.principal;
  const page = await unreadFirstPage(inbox.rows(), inbox.columns, query);
  const unreadCount = await inbox.rows().andWhere(`${inbox.columns.readAt} IS NULL`).getCount();
  const ids = [...new Set(page.items.map((row) => row.participantId))];
  const people = await peopleById(dataSource, principal.municipalityId, ids);
  await audit.recordAccess(
    actor,
    ids.map((id) => ({
      ...inbox.eventFor(
        id,
        page.items.filter((row) => row.participantId === id),
      ),
      protectedPerson: people.get(id)?.protection !== 'none',
    })),
  );
  const unmask = mayUnmask(principal);
  const items = page.items.map((row) => {
    const person = people.get(row.participantId);
    if (!person) throw new ParticipantNotFoundError();
    return { row, person, visible: identityVisible(person.protection, unmask) };
  });
  return { items, nextCursor: page.nextCursor, unreadCount };
}

/**
 * One page of an inbox: unread first, then the latest, then by id. The keyset cursor's key is
 * `[0 unread | 1 read, the instant]`.
 */
async function unreadFirstPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  columns: InboxColumns,
  query: InboxPageQuery,
): Promise<Page<T>> {
  const { readAt, at, id } = columns;
  const rank = `(CASE WHEN ${readAt} IS NULL THEN 0 ELSE 1 END)`;
  const limit = query.limit ?? DEFAULT_LIMIT;
  qb.addSelect(rank, 'inbox_rank').addSelect(
    `to_char(${at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    'inbox_at',
  );
  if (query.unread === true) qb.andWhere(`${readAt} IS NULL`);
  if (query.unread === false) qb.andWhere(`${readAt} IS NOT NULL`);
  if (query.cursor !== undefined) {
    const cursor = decodeCursor(query.cursor);
    const [cRank, cAt] = parseInboxKey(cursor.key);
    qb.andWhere(
      `(${rank} > :cRank OR (${rank} = :cRank AND (${at} < CAST(:cAt AS timestamptz)
         OR (${at} = CAST(:cAt AS timestamptz) AND ${id} < :cId))))`,
      { cRank, cAt, cId: cursor.id },
    );
  }
  qb.orderBy(rank, 'ASC')
    .addOrderBy(at, 'DESC')
    .addOrderBy(id, 'DESC')
    .limit(limit + 1);
  const { entities, raw } = await qb.getRawAndEntities<{ inbox_rank: number; inbox_at: string }>();
  const rows = entities.map((entity, i) => ({ entity, key: [raw[i]?.inbox_rank, raw[i]?.inbox_at ?? ''] }));
  const page = toPage(rows, limit, (r) => ({ key: JSON.stringify(r.key), id: r.entity.id }));
  return { items: page.items.map((r) => r.entity), nextCursor: page.nextCursor };
}

function parseInboxKey(key: string): [number, string] {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed)) {
    const [rank, instant] = parsed as unknown[];
    if ((rank === 0 || rank === 1) && typeof instant === 'string' && INSTANT_KEY.test(instant)) {
      return [rank, instant];
    }
  }
  throw new ValidationFailedError([
    { field: 'cursor', rule: 'cursor.format', message: 'is not a cursor returned by this API' },
  ]);
}
