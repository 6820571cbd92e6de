import type { FieldViolation } from '@steg/kernel';
import { canonicalJson, isCalendarDate } from '@steg/kernel';
import type {
  GoalStatus,
  LongTermGoal,
  PlanContent,
  PlanGoal,
  PlanMadeHow,
  PlannedIntervention,
} from './plan.types';

export const PLAN_WARNINGS = ['no_job_focused_intervention', 'no_dated_goal'] as const;
/**
 * no_job_focused_intervention: two or more interventions run in parallel and none is job-focused
 * (BIP: parallel job-focused + other interventions beat a step-by-step staircase);
 * no_dated_goal: no open goal has a target date, so nothing says when to follow it up.
 */
export type PlanWarning = (typeof PLAN_WARNINGS)[number];

/** The warnings an active plan deserves; `jobFocusedTypeIds` are the job-focused catalogue types. */
export function planWarnings(content: PlanContent, jobFocusedTypeIds: Iterable<string>): PlanWarning[] {
  const jobFocused = new Set(jobFocusedTypeIds);
  const warnings: PlanWarning[] = [];
  const running = content.plannedInterventions.filter((i) => i.active);
  if (running.length >= 2 && !running.some((i) => jobFocused.has(i.typeId))) {
    warnings.push('no_job_focused_intervention');
  }
  if (!content.goals.some((g) => g.status === 'open' && g.targetDate !== null)) {
    warnings.push('no_dated_goal');
  }
  return warnings;
}

/** Plan content as a client sends it: ids of new goals and interventions are optional. */
export interface PlanContentInput {
  ownGoal: string;
  longTermGoal: LongTermGoal;
  goals: { id?: string | null; description: string; targetDate?: string | null; status: GoalStatus }[];
  plannedInterventions: {
    id?: string | null;
    typeId: string;
    description?: string | null;
    placementId?: string | null;
    active: boolean;
  }[];
  strengths?: string | null;
  obstacles?: string | null;
  madeWithParticipantOn: string;
  madeHow: PlanMadeHow;
  interpreterUsed: boolean;
}

/**
 * The stored shape of a plan version: every field present (null when not given), keys in one order,
 * text trimmed, and new goals and interventions given an id that stays with them in later versions.
 */
export function normalizePlanContent(input: PlanContentInput, newId: () => string): PlanContent {
  const text = (value: string | null | undefined) => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
  };
  return {
    ownGoal: input.ownGoal.trim(),
    longTermGoal: input.longTermGoal,
    goals: input.goals.map((g): PlanGoal => ({
      id: g.id ?? newId(),
      description: g.description.trim(),
      targetDate: g.targetDate ?? null,
      status: g.status,
    })),
    plannedInterventions: input.plannedInterventions.map((i): PlannedIntervention => ({
      id: i.id ?? newId(),
      typeId: i.typeId,
      description: text(i.description),
      placementId: i.placementId ?? null,
      active: i.active,
    })),
    strengths: text(input.strengths),
    obstacles: text(input.obstacles),
    madeWithParticipantOn: input.madeWithParticipantOn,
    madeHow: input.madeHow,
    interpreterUsed: input.interpreterUsed,
  };
}

/**
 * Rules on the content itself (the request's shape is checked by the DTO): dates exist, the plan was
 * not made with the participant in the future, ids and linked placements are not repeated. Field
 * paths are prefixed with `prefix` (e.g. `planChange.`) so a nested plan names its fields.
 */
export function planContentViolations(content: PlanContent, today: string, prefix = ''): FieldViolation[] {
  const errors: FieldViolation[] = [];
  const at = (field: string) => `${prefix}${field}`;
  if (!isCalendarDate(content.madeWithParticipantOn)) {
    errors.push({
      field: at('madeWithParticipantOn'),
      rule: 'date.valid',
      message: 'must be a date as YYYY-MM-DD that exists',
    });
  } else if (content.madeWithParticipantOn > today) {
    errors.push({
      field: at('madeWithParticipantOn'),
      rule: 'madeWithParticipantOn.notFuture',
      message: 'the plan cannot have been made with the participant (i samråd) in the future',
    });
  }
  content.goals.forEach((goal, index) => {
    if (goal.targetDate !== null && !isCalendarDate(goal.targetDate)) {
      errors.push({
        field: at(`goals[${index}].targetDate`),
        rule: 'date.valid',
        message: 'must be a date as YYYY-MM-DD that exists',
      });
    }
  });
  errors.push(...repeated(content.goals, (g) => g.id, at('goals'), 'id', 'goals.uniqueId'));
  errors.push(
    ...repeated(
      content.plannedInterventions,
      (i) => i.id,
      at('plannedInterventions'),
      'id',
      'plannedInterventions.uniqueId',
    ),
    ...repeated(
      content.plannedInterventions,
      (i) => i.placementId,
      at('plannedInterventions'),
      'placementId',
      'plannedInterventions.uniquePlacement',
    ),
  );
  return errors;
}

/** A violation for every item whose key an earlier item already has (null keys never clash). */
function repeated<T>(
  items: readonly T[],
  keyOf: (item: T) => string | null,
  list: string,
  property: string,
  rule: string,
): FieldViolation[] {
  const seen = new Set<string>();
  const errors: FieldViolation[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === null) return;
    if (seen.has(key)) {
      errors.push({
        field: `${list}[${index}].${property}`,
        rule,
        message: `repeats an earlier ${property}`,
      });
    }
    seen.add(key);
  });
  return errors;
}

const CONTENT_FIELDS: readonly (keyof PlanContent)[] = [
  'ownGoal',
  'longTermGoal',
  'goals',
  'plannedInterventions',
  'strengths',
  'obstacles',
  'madeWithParticipantOn',
  'madeHow',
  'interpreterUsed',
];

/**
 * The top-level content fields that differ between two versions, in the order of the content, for
 * the version history. Compared by value with object keys sorted, since jsonb does not keep the
 * order keys were written in; list order counts (reordering goals is a change).
 */
export function changedFields(previous: PlanContent, next: PlanContent): (keyof PlanContent)[] {
  return CONTENT_FIELDS.filter((field) => canonicalJson(previous[field]) !== canonicalJson(next[field]));
}

/** Catalogue types a plan names for the first time (a type already in the plan may since be retired). */
export function newlyNamedTypeIds(previous: PlanContent | null, next: PlanContent): string[] {
  const known = new Set(previous?.plannedInterventions.map((i) => i.typeId) ?? []);
  return [...new Set(next.plannedInterventions.map((i) => i.typeId))].filter((id) => !known.has(id));
}
