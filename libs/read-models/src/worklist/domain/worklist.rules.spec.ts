import { daysAwaitingReport, dialoguePartsWaiting, sortWorkItems, WorkItem } from './worklist.rules';

const item = (state: WorkItem['state'], dueOn: string, resourceId = 'x'): WorkItem => ({
  kind: 'follow_up',
  state,
  dueOn,
  participantId: 'p',
  resourceType: 'enrolment',
  resourceId,
  href: '/x',
});

describe('sortWorkItems', () => {
  it('puts overdue first, then due, then the rest, each oldest first', () => {
    const sorted = sortWorkItems([
      item('unread', '2026-03-01', 'a'),
      item('due', '2026-03-10', 'b'),
      item('overdue', '2026-03-05', 'c'),
      item('overdue', '2026-02-01', 'd'),
      item('waiting', '2026-03-02', 'e'),
      item('ending', '2026-03-20', 'f'),
    ]);
    expect(sorted.map((i) => i.resourceId)).toEqual(['d', 'c', 'b', 'f', 'e', 'a']);
  });
});

describe('dialoguePartsWaiting', () => {
  const open = { ameAccount: null, explanationChannel: null, ifoAssessment: null, decidable: false };
  it.each<[string, Partial<Parameters<typeof dialoguePartsWaiting>[0]>, string[]]>([
    [
      'nothing written: only AME waits (account and explanation)',
      {},
      ['ame:ame_account', 'ame:participant_explanation'],
    ],
    [
      'a blank account is no account: still AME’s turn',
      { ameAccount: '  ' },
      ['ame:ame_account', 'ame:participant_explanation'],
    ],
    [
      'IFO assessed before AME’s account: still only AME waits',
      { ifoAssessment: 'y' },
      ['ame:ame_account', 'ame:participant_explanation'],
    ],
    [
      'explanation obtained, no account: AME’s account waits, IFO nothing',
      { explanationChannel: 'phone' },
      ['ame:ame_account'],
    ],
    [
      'account written: IFO’s assessment now waits beside the explanation',
      { ameAccount: 'x' },
      ['ame:participant_explanation', 'ifo:ifo_assessment'],
    ],
    [
      'account and a failed attempt, decidable: IFO assesses and decides',
      { ameAccount: 'x', explanationChannel: 'failed_attempt', decidable: true },
      ['ifo:ifo_assessment', 'ifo:decision'],
    ],
    [
      'account, explanation and assessment: only the decision',
      { ameAccount: 'x', explanationChannel: 'phone', ifoAssessment: 'y', decidable: true },
      ['ifo:decision'],
    ],
    [
      'not decidable (mayDecide says no): no decision waits',
      { ameAccount: 'x', explanationChannel: 'phone', ifoAssessment: 'y', decidable: false },
      [],
    ],
  ])('%s', (_, dialogue, parts) => {
    expect(dialoguePartsWaiting({ ...open, ...dialogue }).map((p) => `${p.side}:${p.part}`)).toEqual(parts);
  });
});

describe('daysAwaitingReport', () => {
  const day = (date: string, status = 'scheduled') => ({ date, status });
  it.each<[string, { date: string; status: string }[], string[], string[]]>([
    ['a scheduled day without a report waits', [day('2026-03-12')], [], ['2026-03-12']],
    ['a reported day does not', [day('2026-03-12')], ['2026-03-12'], []],
    ['a holiday (röd dag, helgdagsafton) does not', [day('2026-04-03', 'holiday')], [], []],
    ['a weekday the schedule leaves out does not', [day('2026-03-13', 'not_scheduled')], [], []],
    ['a day outside the placement does not', [day('2026-03-02', 'outside_placement')], [], []],
    [
      'several, earliest first',
      [day('2026-03-12'), day('2026-03-10'), day('2026-03-11')],
      ['2026-03-11'],
      ['2026-03-10', '2026-03-12'],
    ],
  ])('%s', (_, expected, reported, waiting) => {
    expect(daysAwaitingReport(expected, new Set(reported))).toEqual(waiting);
  });
});
