import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '@steg/http';
import { addMonths, Clock, type Count, isSmall, shareHidden, suppress } from '@steg/kernel';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsScope } from '../statistics-scope';
import { FLOW_DEFINITIONS } from './domain/flow.figures';
import { SUPPRESSION_RULE } from './domain/kolada.figures';
import { requirePeriod } from './domain/period.rules';
import { FlowDurationDto, FlowShareDto, FlowStatisticsDto } from './dto/flow-statistics.dto';
import { CellDto } from './dto/intervention-report.dto';
import { StatisticsPeriodQuery } from './dto/kolada.dto';
import {
  FLOW_ASSISTANCE_TO_WORK_SQL,
  FLOW_EXITS_SQL,
  FLOW_MONTHS_SQL,
  FLOW_WAITING_SQL,
} from './flow.queries';

interface MonthRow {
  direction: 'in' | 'out';
  month: string | null;
  all_months: number;
  count: number;
  people: number;
}
interface ExitRow {
  exits: number;
  people: number;
  mean_days: number | null;
  median_days: number | null;
  closed: number;
  closed_people: number;
  re_entered: number;
  re_entered_people: number;
  returned: number;
  returned_people: number;
}

const cell = (value: number | null, hidden: boolean): CellDto => ({
  value: hidden ? null : value,
  suppressed: hidden,
});

/**
 * A share shown only when its numerator, its denominator and the rest (denominator − numerator)
 * describe none or at least five people (shareHidden); the denominator on its own by its own people.
 * `split`, for the 12-month figures: the denominator (exits whose window has closed) is one part of a
 * two-way split of the period's exits, the rest being the open windows. Shown beside the exits (totalOut,
 * timeEnrolled's count), either part gives away the other, so when either is 1–4 people (or the exits
 * are) the denominator, the numerator, the share and openWindows are all hidden.
 */
function shareOf(numerator: Count, denominator: Count, split?: { exits: Count }): FlowShareDto {
  const splitHidden = split !== undefined && shareHidden(denominator, split.exits);
  const hidden = splitHidden || shareHidden(numerator, denominator);
  const value = denominator.count > 0 ? Math.round((numerator.count / denominator.count) * 1000) / 10 : null;
  const open = split === undefined ? 0 : split.exits.count - denominator.count;
  return {
    share: cell(value, hidden),
    numerator: cell(numerator.count, hidden),
    denominator: cell(denominator.count, splitHidden || isSmall(denominator)),
    openWindows: splitHidden ? null : open,
  };
}

/** A mean and median shown only over five people or more. */
function durationOf(count: Count, mean: number | null, median: number | null): FlowDurationDto {
  const hidden = isSmall(count);
  return { count: cell(count.count, hidden), meanDays: cell(mean, hidden), medianDays: cell(median, hidden) };
}

/**
 * The flow (issue 17; seeds 001, 004): in and out per month, time enrolled at exit, re-entry to AME and
 * return to försörjningsstöd within 12 months, Östersund's goal, and waiting times. Counts leave the
 * database, never a person's row; the small-number rule runs before anything leaves this service.
 */
@Injectable()
export class FlowStatisticsService {
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.dataSource = database.statistics;
  }

  async report(actor: Actor, query: StatisticsPeriodQuery): Promise<FlowStatisticsDto> {
    const period = requirePeriod(query.period);
    const units = await statisticsScope(this.dataSource, actor, query.unitId);
    const params = [actor.principal.municipalityId, period.from, period.to, units];
    const [months, [exits], [assistance], [waiting]] = await Promise.all([
      this.dataSource.query<MonthRow[]>(FLOW_MONTHS_SQL, params),
      this.dataSource.query<ExitRow[]>(FLOW_EXITS_SQL, [...params, this.clock.today()]),
      this.dataSource.query<{ people: number; to_work: number }[]>(FLOW_ASSISTANCE_TO_WORK_SQL, params),
      this.dataSource.query<
        { placed: number; people: number; mean_days: number | null; median_days: number | null }[]
      >(FLOW_WAITING_SQL, params),
    ]);

    const monthList: string[] = [];
    for (let m = period.from; m <= period.to; m = addMonths(m, 1)) monthList.push(m.slice(0, 7));
    const find = (direction: 'in' | 'out', month: string | null): Count => {
      const row = months.find(
        (r) => r.direction === direction && (month === null ? r.all_months === 1 : r.month === month),
      );
      return row ? { count: row.count, people: row.people } : { count: 0, people: 0 };
    };
    // Each direction: the months beside the period's total, so a hidden month is not had by subtraction.
    const hidden = (direction: 'in' | 'out') =>
      suppress({
        rows: monthList,
        columns: ['n'],
        cells: Object.fromEntries(monthList.map((m) => [m, { n: find(direction, m) }])),
        rowTotals: Object.fromEntries(monthList.map((m) => [m, find(direction, m)])),
        columnTotals: { n: find(direction, null) },
        total: find(direction, null),
      });
    const [inHidden, outHidden] = [hidden('in'), hidden('out')];
    const closed: Count = { count: exits.closed, people: exits.closed_people };
    const allExits: Count = { count: exits.exits, people: exits.people };
    return {
      period: { label: period.label, kind: period.kind, from: period.from, to: period.to },
      unitId: query.unitId ?? null,
      definitions: FLOW_DEFINITIONS,
      suppressionRule: SUPPRESSION_RULE,
      months: monthList.map((month) => ({
        month,
        in: cell(find('in', month).count, inHidden.rowTotals[month]),
        out: cell(find('out', month).count, outHidden.rowTotals[month]),
      })),
      totalIn: cell(find('in', null).count, inHidden.total),
      totalOut: cell(find('out', null).count, outHidden.total),
      timeEnrolled: durationOf(
        { count: exits.exits, people: exits.people },
        exits.mean_days,
        exits.median_days,
      ),
      reEntryWithin12Months: shareOf({ count: exits.re_entered, people: exits.re_entered_people }, closed, {
        exits: allExits,
      }),
      returnToAssistanceWithin12Months: shareOf(
        { count: exits.returned, people: exits.returned_people },
        closed,
        { exits: allExits },
      ),
      assistanceToWork: shareOf(
        { count: assistance.to_work, people: assistance.to_work },
        { count: assistance.people, people: assistance.people },
      ),
      waitingTime: durationOf(
        { count: waiting.placed, people: waiting.people },
        waiting.mean_days,
        waiting.median_days,
      ),
    };
  }
}
