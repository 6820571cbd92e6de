import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, rolesOf } from '@steg/http';
import { ValidationFailedError } from '@steg/kernel';
import {
  FlowPersonRow,
  summariseFlow,
  suppressFlow,
  type ReferralSource,
  type ReferralStatus,
} from '@steg/referrals';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsScope } from '../statistics-scope';
import { FlowDto, FlowQuery } from './dto/flow.dto';

interface RawFlowRow {
  participant_id: string;
  status: ReferralStatus;
  source: ReferralSource;
  sent_on: string;
  decided_on: string | null;
  return_reason: string | null;
  enrolment_start: string | null;
  first_intervention_start: string | null;
  re_entry: boolean;
  previous_exit_date: string | null;
  imported: boolean;
}

/**
 * Referrals first sent in [from, to] (Europe/Stockholm days), with the dates the flow measures need.
 * The instants become Stockholm calendar dates here; everything else is `summariseFlow`'s job.
 */
const FLOW_ROWS_SQL = `
  SELECT r.participant_id,
         r.status,
         r.source,
         to_char(r.sent_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS sent_on,
         to_char(r.decided_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS decided_on,
         r.return_reason,
         to_char(e.start_date, 'YYYY-MM-DD') AS enrolment_start,
         to_char(e.first_intervention_start, 'YYYY-MM-DD') AS first_intervention_start,
         r.re_entry,
         to_char(prev.exit_date, 'YYYY-MM-DD') AS previous_exit_date,
         r.imported_at IS NOT NULL AS imported
    FROM referrals r
    LEFT JOIN LATERAL (
         SELECT en.start_date, en.first_intervention_start
           FROM enrolments en
          WHERE en.referral_id = r.id AND en.municipality_id = r.municipality_id
          ORDER BY en.start_date
          LIMIT 1) e ON TRUE
    LEFT JOIN enrolments prev
           ON prev.id = r.previous_enrolment_id AND prev.municipality_id = r.municipality_id
   WHERE r.municipality_id = $1
     AND r.sent_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')
     AND r.sent_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')
     AND ($4::uuid[] IS NULL OR r.receiving_unit_id = ANY($4::uuid[]))`;

/**
 * The flow from IFO to AME, measured (seeds 001 and 003). Aggregates only: no names, no ids of people.
 * The rows keep their dates as recorded, even when older data has a later step dated before an
 * earlier one: `summariseFlow` leaves such negative intervals out of the lead times and counts them
 * (`excludedNegative`), so the figures never show a negative wait and nothing is hidden.
 * No audit event is written: the audit log records access to personal data (ARCHITECTURE.md "Audit
 * log"), and counts and lead times of a unit are not that.
 */
@Injectable()
export class FlowService {
  /**
   * The statistics database (the read replica when configured): aggregates may lag a little behind
   * the main database, and they then take nothing from the caseworkers' connections.
   */
  private readonly dataSource: DataSource;

  constructor(database: ReadModelDatabase) {
    this.dataSource = database.statistics;
  }

  /**
   * Exact figures for a unit manager reading the units they manage (case management: the route
   * answers only those); for anyone else — an analyst, or a manager who is an analyst too — and
   * whenever `options.suppressed` asks (the management report, a statistics export), the figures go
   * through the small-number rule (`suppressFlow`): null where they describe 1–4 people, no return
   * reasons.
   */
  async flow(actor: Actor, query: FlowQuery, options: { suppressed?: boolean } = {}): Promise<FlowDto> {
    if (query.to < query.from) {
      throw new ValidationFailedError([
        { field: 'to', rule: 'to.notBeforeFrom', message: 'to must be on or after from' },
      ]);
    }
    const units = await statisticsScope(this.dataSource, actor, query.unitId);
    const raw = await this.dataSource.query<RawFlowRow[]>(FLOW_ROWS_SQL, [
      actor.principal.municipalityId,
      query.from,
      query.to,
      units,
    ]);
    const rows: FlowPersonRow[] = raw.map((r) => ({
      participantId: r.participant_id,
      status: r.status,
      source: r.source,
      sentOn: r.sent_on,
      decidedOn: r.decided_on,
      returnReason: r.return_reason,
      enrolmentStart: r.enrolment_start,
      firstInterventionStart: r.first_intervention_start,
      reEntry: r.re_entry,
      previousExitDate: r.previous_exit_date,
      imported: r.imported,
    }));
    const principal = actor.principal;
    const ownUnits =
      options.suppressed !== true &&
      principal.kind !== 'api_key' &&
      !rolesOf(principal).some((r) => r === 'analyst' || r === 'auditor') &&
      units !== null;
    const head = { from: query.from, to: query.to, unitId: query.unitId ?? null };
    return ownUnits
      ? { ...head, scope: 'own_units', suppressed: false, ...summariseFlow(rows) }
      : { ...head, scope: 'statistics', suppressed: true, ...suppressFlow(rows) };
  }
}
