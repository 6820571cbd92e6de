import { dialoguePartsWaiting, sortWorkItems, WorkItem } from './worklist.rules';

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
  it.each([
    [
      { ameAccount: null, explanationChannel: null, ifoAssessment: null },
      ['ame_account', 'participant_explanation', 'ifo_assessment'],
    ],
    [
      { ameAccount: 'x', explanationChannel: null, ifoAssessment: null },
      ['participant_explanation', 'ifo_assessment'],
    ],
    [
      { ameAccount: 'x', explanationChannel: 'failed_attempt', ifoAssessment: null },
      ['ifo_assessment', 'decision'],
    ],
    [{ ameAccount: 'x', explanationChannel: 'phone', ifoAssessment: 'y' }, ['decision']],
  ])('%j waits for %j', (dialogue, parts) => {
    expect(dialoguePartsWaiting(dialogue).map((p) => p.part)).toEqual(parts);
  });
});
