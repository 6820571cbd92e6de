import {
  changedFields,
  newlyNamedTypeIds,
  normalizePlanContent,
  planContentViolations,
  planWarnings,
  type PlanWarning,
} from './plan.rules';
import type { PlanContent, PlanGoal, PlannedIntervention } from './plan.types';

const JOB = 'job-track-type';
const SFI = 'sfi-type';
const HEALTH = 'health-type';

function goal(overrides: Partial<PlanGoal> = {}): PlanGoal {
  return {
    id: 'g1',
    description: 'Klara ett arbetspass',
    targetDate: '2026-06-30',
    status: 'open',
    ...overrides,
  };
}

function intervention(typeId: string, overrides: Partial<PlannedIntervention> = {}): PlannedIntervention {
  return { id: `i-${typeId}`, typeId, description: null, placementId: null, active: true, ...overrides };
}

function plan(overrides: Partial<PlanContent> = {}): PlanContent {
  return {
    ownGoal: 'Jag vill jobba inom vården',
    longTermGoal: 'work',
    goals: [goal()],
    plannedInterventions: [intervention(JOB)],
    strengths: null,
    obstacles: null,
    madeWithParticipantOn: '2026-03-10',
    madeHow: 'meeting',
    interpreterUsed: false,
    ...overrides,
  };
}

describe('planWarnings', () => {
  it.each<[string, PlannedIntervention[], PlanWarning[]]>([
    ['no interventions', [], []],
    ['one intervention, not job-focused', [intervention(SFI)], []],
    ['two parallel, one job-focused', [intervention(SFI), intervention(JOB)], []],
    [
      'two parallel, none job-focused',
      [intervention(SFI), intervention(HEALTH)],
      ['no_job_focused_intervention'],
    ],
    [
      'three parallel, none job-focused',
      [intervention(SFI), intervention(HEALTH), intervention('other', { id: 'x' })],
      ['no_job_focused_intervention'],
    ],
    [
      'two not job-focused, one of them planned for later',
      [intervention(SFI), intervention(HEALTH, { active: false })],
      [],
    ],
    [
      'the job-focused one is only planned for later',
      [intervention(SFI), intervention(HEALTH), intervention(JOB, { active: false })],
      ['no_job_focused_intervention'],
    ],
  ])('%s', (_name, plannedInterventions, expected) => {
    expect(planWarnings(plan({ plannedInterventions }), [JOB])).toEqual(expected);
  });

  it.each<[string, PlanGoal[], PlanWarning[]]>([
    ['an open goal with a date', [goal()], []],
    ['no goals', [], ['no_dated_goal']],
    ['an open goal without a date', [goal({ targetDate: null })], ['no_dated_goal']],
    [
      'only an achieved goal has a date',
      [goal({ status: 'achieved' }), goal({ id: 'g2', targetDate: null })],
      ['no_dated_goal'],
    ],
    ['a dropped dated goal and an open dated one', [goal({ status: 'dropped' }), goal({ id: 'g2' })], []],
  ])('%s', (_name, goals, expected) => {
    expect(planWarnings(plan({ goals }), [JOB])).toEqual(expected);
  });

  it('gives both warnings together, in a fixed order', () => {
    const content = plan({ goals: [], plannedInterventions: [intervention(SFI), intervention(HEALTH)] });
    expect(planWarnings(content, new Set([JOB]))).toEqual(['no_job_focused_intervention', 'no_dated_goal']);
  });
});

describe('normalizePlanContent', () => {
  it('fills ids, nulls and trims text', () => {
    let n = 0;
    const content = normalizePlanContent(
      {
        ownGoal: '  Jobba  ',
        longTermGoal: 'work',
        goals: [
          { description: ' Mål ', status: 'open' },
          { id: 'kept', description: 'B', targetDate: '2026-05-01', status: 'open' },
        ],
        plannedInterventions: [{ typeId: SFI, description: '  ', active: true }],
        strengths: ' Noggrann ',
        madeWithParticipantOn: '2026-03-10',
        madeHow: 'phone',
        interpreterUsed: true,
      },
      () => `new-${++n}`,
    );
    expect(content).toEqual({
      ownGoal: 'Jobba',
      longTermGoal: 'work',
      goals: [
        { id: 'new-1', description: 'Mål', targetDate: null, status: 'open' },
        { id: 'kept', description: 'B', targetDate: '2026-05-01', status: 'open' },
      ],
      plannedInterventions: [
        { id: 'new-2', typeId: SFI, description: null, placementId: null, active: true },
      ],
      strengths: 'Noggrann',
      obstacles: null,
      madeWithParticipantOn: '2026-03-10',
      madeHow: 'phone',
      interpreterUsed: true,
    });
  });
});

describe('planContentViolations', () => {
  const today = '2026-03-16';

  it('accepts a good plan', () => {
    expect(planContentViolations(plan(), today)).toEqual([]);
  });

  it.each<[string, Partial<PlanContent>, string, string]>([
    [
      'made in the future',
      { madeWithParticipantOn: '2026-03-17' },
      'madeWithParticipantOn',
      'madeWithParticipantOn.notFuture',
    ],
    [
      'a date that does not exist',
      { madeWithParticipantOn: '2026-02-30' },
      'madeWithParticipantOn',
      'date.valid',
    ],
    [
      'a target date that does not exist',
      { goals: [goal({ targetDate: '2026-04-31' })] },
      'goals[0].targetDate',
      'date.valid',
    ],
    ['a repeated goal id', { goals: [goal(), goal({ description: 'B' })] }, 'goals[1].id', 'goals.uniqueId'],
    [
      'a repeated intervention id',
      { plannedInterventions: [intervention(SFI, { id: 'same' }), intervention(JOB, { id: 'same' })] },
      'plannedInterventions[1].id',
      'plannedInterventions.uniqueId',
    ],
    [
      'one placement linked twice',
      {
        plannedInterventions: [
          intervention(SFI, { placementId: 'p1' }),
          intervention(JOB, { placementId: 'p1' }),
        ],
      },
      'plannedInterventions[1].placementId',
      'plannedInterventions.uniquePlacement',
    ],
  ])('refuses %s', (_name, overrides, field, rule) => {
    expect(planContentViolations(plan(overrides), today)).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('allows a past target date (a goal can be late) and a plan made today', () => {
    expect(
      planContentViolations(
        plan({ goals: [goal({ targetDate: '2025-01-01' })], madeWithParticipantOn: today }),
        today,
      ),
    ).toEqual([]);
  });

  it('prefixes nested field paths', () => {
    expect(
      planContentViolations(plan({ madeWithParticipantOn: '2027-01-01' }), today, 'planChange.'),
    ).toEqual([expect.objectContaining({ field: 'planChange.madeWithParticipantOn' })]);
  });
});

describe('changedFields', () => {
  it.each<[string, Partial<PlanContent>, string[]]>([
    ['nothing', {}, []],
    ['the own goal', { ownGoal: 'Studera' }, ['ownGoal']],
    ['a goal status', { goals: [goal({ status: 'achieved' })] }, ['goals']],
    ['a goal added', { goals: [goal(), goal({ id: 'g2' })] }, ['goals']],
    [
      'interventions and strengths',
      { plannedInterventions: [intervention(JOB), intervention(SFI)], strengths: 'Social' },
      ['plannedInterventions', 'strengths'],
    ],
    [
      'how and when it was made',
      { madeHow: 'phone', madeWithParticipantOn: '2026-03-16' },
      ['madeWithParticipantOn', 'madeHow'],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(changedFields(plan(), plan(overrides))).toEqual(expected);
  });

  it('ignores the order of keys (jsonb does not keep it)', () => {
    const reordered = JSON.parse(
      '{"interpreterUsed":false,"madeHow":"meeting","madeWithParticipantOn":"2026-03-10","obstacles":null,' +
        '"strengths":null,"plannedInterventions":[{"active":true,"placementId":null,"description":null,' +
        '"typeId":"job-track-type","id":"i-job-track-type"}],"goals":[{"status":"open","targetDate":"2026-06-30",' +
        '"description":"Klara ett arbetspass","id":"g1"}],"longTermGoal":"work","ownGoal":"Jag vill jobba inom vården"}',
    ) as PlanContent;
    expect(changedFields(plan(), reordered)).toEqual([]);
  });
});

describe('newlyNamedTypeIds', () => {
  it('lists types the new version names for the first time', () => {
    const before = plan({ plannedInterventions: [intervention(SFI)] });
    const after = plan({
      plannedInterventions: [intervention(SFI), intervention(JOB), intervention(JOB, { id: 'x' })],
    });
    expect(newlyNamedTypeIds(before, after)).toEqual([JOB]);
    expect(newlyNamedTypeIds(null, after)).toEqual([SFI, JOB]);
  });
});
