import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { CASE_ACCESS, mayUnmask, VisibilityFilter } from '@steg/access';
import { CaseWork } from '@steg/case-work';
import { Actor, Principal, Role, unitsWithRole } from '@steg/http';
import { Clock, decodeCursor, Page, toPage, ValidationFailedError } from '@steg/kernel';
import { type Protection } from '@steg/participants';
import { ParticipantEntity } from '@steg/participants/schema';
import { ListedPerson, ReferralListItemDto, referralMapper } from '@steg/referrals';
import { ReferralEntity } from '@steg/referrals/schema';
import { ReferralInboxQuery, ReferralOutboxQuery } from './dto/referral-lists.dto';

/** Keyset cursors on timestamps keep PostgreSQL's microseconds, which a JS Date would round off. */
const CURSOR_INSTANT = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
const FROM_CURSOR_INSTANT = (param: string) => `(CAST(:${param} AS timestamp) AT TIME ZONE 'UTC')`;
const DEFAULT_LIMIT = 50;

interface ListRow {
  r: ReferralEntity;
  person: ListedPerson;
  key: string;
}

/** What a list's query may ask the gate: only the people the caller may see. */
interface ListScope {
  visibleParticipants(column: string): VisibilityFilter;
}

/** A referral list: who may read it, what the audit log calls it, and its query. */
interface ReferralList {
  roles: readonly Role[];
  list: 'inbox' | 'outbox';
  limit: number | undefined;
  /** The unit each row was seen through, for its audit event. */
  unitOf: (r: ReferralEntity) => string;
  query: (manager: EntityManager, scope: ListScope) => SelectQueryBuilder<ReferralEntity>;
}

/**
 * The referral lists: the receiving AME units' inbox and the referring units' outbox, each referral
 * with its person's name from participants. Through the case-data gate's list: one 'search' event per
 * referral listed (one for an empty page), names masked for protected identity. The gate reads the
 * main database, so a referral just sent or decided shows at once (docs/decisions/0010-read-models.md).
 */
@Injectable()
export class ReferralListsService {
  constructor(
    private readonly caseWork: CaseWork,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The receiving AME units' inbox: sent referrals, waiting longest first. */
  inbox(actor: Actor, query: ReferralInboxQuery): Promise<Page<ReferralListItemDto>> {
    const principal = actor.principal;
    const roles = CASE_ACCESS.referrals.receiving;
    const units = unitsFor(principal, roles, query.unitId, 'one of your AME units');
    return this.list(actor, {
      roles,
      list: 'inbox',
      limit: query.limit,
      unitOf: (r) => r.receivingUnitId,
      // A receiving unit sees what was sent to it before it has any relation to the person.
      query: (manager) => {
        const qb = listQuery(manager, principal)
          .andWhere('r.status = :status', { status: 'sent' })
          .andWhere('r.receiving_unit_id IN (:...units)', { units });
        return keyset(qb, 'r.sent_at', 'ASC', query.cursor);
      },
    });
  }

  /** The referring units' outbox: what they referred and where it stands, newest first. */
  outbox(actor: Actor, query: ReferralOutboxQuery): Promise<Page<ReferralListItemDto>> {
    const principal = actor.principal;
    const roles = CASE_ACCESS.referrals.outbox;
    const units = unitsFor(principal, roles, query.unitId, 'one of your units');
    return this.list(actor, {
      roles,
      list: 'outbox',
      limit: query.limit,
      unitOf: (r) => r.referringUnitId,
      query: (manager, scope) => {
        const visibility = scope.visibleParticipants('r.participant_id');
        const qb = listQuery(manager, principal)
          .andWhere('r.referring_unit_id IN (:...units)', { units })
          .andWhere(visibility.sql, visibility.params);
        if (query.status !== undefined) qb.andWhere('r.status = :status', { status: query.status });
        return keyset(qb, 'r.created_at', 'DESC', query.cursor);
      },
    });
  }

  /** One page of a referral list, through the gate. */
  private list(actor: Actor, spec: ReferralList): Promise<Page<ReferralListItemDto>> {
    const { roles, list, limit, unitOf, query } = spec;
    return this.caseWork.list(
      actor,
      { resourceType: 'referral', roles, details: { list } },
      async (manager, scope) => {
        const page = await fetchList(query(manager, scope), limit ?? DEFAULT_LIMIT);
        const unmask = mayUnmask(actor.principal);
        const today = this.clock.today();
        return {
          result: {
            items: page.items.map((row) => referralMapper.listItem(row.r, row.person, unmask, today)),
            nextCursor: page.nextCursor,
          },
          seen: page.items.map((row) => ({
            participantId: row.r.participantId,
            resourceId: row.r.id,
            unitId: unitOf(row.r),
            protectedPerson: row.person.protection !== 'none',
          })),
          details: { resultCount: page.items.length },
        };
      },
    );
  }
}

function unitsFor(
  principal: Principal,
  roles: readonly Role[],
  requested: string | undefined,
  what: string,
): string[] {
  const units = unitsWithRole(principal, roles);
  if (requested === undefined) return units;
  if (!units.includes(requested)) {
    throw new ValidationFailedError([
      { field: 'unitId', rule: 'unitId.membership', message: `unitId must be ${what}` },
    ]);
  }
  return [requested];
}

function listQuery(manager: EntityManager, principal: Principal): SelectQueryBuilder<ReferralEntity> {
  return manager
    .getRepository(ReferralEntity)
    .createQueryBuilder('r')
    .innerJoin(ParticipantEntity, 'p', 'p.id = r.participant_id')
    .addSelect('p.first_name', 'person_first_name')
    .addSelect('p.last_name', 'person_last_name')
    .addSelect('p.protection', 'person_protection')
    .where('r.municipality_id = :municipality', { municipality: principal.municipalityId });
}

/** Orders a list by an instant, then the id, and starts it after the cursor's row. */
function keyset(
  qb: SelectQueryBuilder<ReferralEntity>,
  column: string,
  order: 'ASC' | 'DESC',
  cursor: string | undefined,
): SelectQueryBuilder<ReferralEntity> {
  qb.addSelect(CURSOR_INSTANT(column), 'cursor_key');
  if (cursor !== undefined) {
    const { key, id } = decodeCursor(cursor);
    const after = order === 'ASC' ? '>' : '<';
    qb.andWhere(`(${column}, r.id) ${after} (${FROM_CURSOR_INSTANT('cKey')}, :cId)`, { cKey: key, cId: id });
  }
  return qb.orderBy(column, order).addOrderBy('r.id', order);
}

/** One page of a list query: the referrals with their person, and the cursor key of each. */
async function fetchList(qb: SelectQueryBuilder<ReferralEntity>, limit: number): Promise<Page<ListRow>> {
  const { entities, raw } = await qb.limit(limit + 1).getRawAndEntities<{
    person_first_name: string;
    person_last_name: string;
    person_protection: Protection;
    cursor_key: string;
  }>();
  const rows: ListRow[] = entities.map((r, i) => ({
    r,
    key: raw[i]?.cursor_key ?? '',
    person: {
      id: r.participantId,
      firstName: raw[i]?.person_first_name ?? '',
      lastName: raw[i]?.person_last_name ?? '',
      protection: raw[i]?.person_protection ?? 'protected_registration',
    },
  }));
  return toPage(rows, limit, (row) => ({ key: row.key, id: row.r.id }));
}
