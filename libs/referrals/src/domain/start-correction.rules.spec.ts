import {
  EnrolmentStartCorrectionRefusedError,
  type StartCorrectionFacts,
  startCorrectionViolations,
} from './start-correction.rules';

const base: StartCorrectionFacts = {
  currentStart: '2026-03-10',
  referralReceivedOn: '2026-03-02',
  exitDate: null,
  firstPlacementStart: null,
  firstAttendanceDay: null,
  today: '2026-04-15',
};

const codes = (newStart: string, facts: Partial<StartCorrectionFacts> = {}): string[] =>
  startCorrectionViolations(newStart, { ...base, ...facts }).map((v) => v.code);

describe('startCorrectionViolations at each boundary', () => {
  it.each<[string, string, Partial<StartCorrectionFacts>, string[]]>([
    ['earlier, after the referral', '2026-03-05', {}, []],
    ['later, nothing recorded', '2026-03-20', {}, []],
    ['the same day', '2026-03-10', {}, ['ENROLMENT_START_UNCHANGED']],
    // today
    ['today', '2026-04-15', {}, []],
    ['one day after today', '2026-04-16', {}, ['ENROLMENT_START_IN_FUTURE']],
    // the referral received (sent)
    ['the day the referral was received', '2026-03-02', {}, []],
    ['one day before the referral', '2026-03-01', {}, ['ENROLMENT_START_BEFORE_REFERRAL']],
    ['no referral: no lower bound', '2020-01-01', { referralReceivedOn: null }, []],
    // the exit
    ['one day before the exit', '2026-03-30', { exitDate: '2026-03-31' }, []],
    ['on the exit date', '2026-03-31', { exitDate: '2026-03-31' }, []],
    ['one day after the exit', '2026-04-01', { exitDate: '2026-03-31' }, ['ENROLMENT_START_AFTER_EXIT']],
    // the first placement
    ['one day before the first placement', '2026-03-19', { firstPlacementStart: '2026-03-20' }, []],
    ['on the first placement start', '2026-03-20', { firstPlacementStart: '2026-03-20' }, []],
    [
      'one day after the first placement',
      '2026-03-21',
      { firstPlacementStart: '2026-03-20' },
      ['ENROLMENT_START_AFTER_PLACEMENT'],
    ],
    // the first attendance day
    ['one day before the first attendance', '2026-03-22', { firstAttendanceDay: '2026-03-23' }, []],
    ['on the first attendance day', '2026-03-23', { firstAttendanceDay: '2026-03-23' }, []],
    [
      'one day after the first attendance',
      '2026-03-24',
      { firstAttendanceDay: '2026-03-23' },
      ['ENROLMENT_START_AFTER_ATTENDANCE'],
    ],
    [
      'after placement, attendance and exit, and in the future',
      '2026-05-01',
      { exitDate: '2026-04-01', firstPlacementStart: '2026-03-20', firstAttendanceDay: '2026-03-23' },
      [
        'ENROLMENT_START_IN_FUTURE',
        'ENROLMENT_START_AFTER_EXIT',
        'ENROLMENT_START_AFTER_PLACEMENT',
        'ENROLMENT_START_AFTER_ATTENDANCE',
      ],
    ],
  ])('%s (%s)', (_name, newStart, facts, expected) => {
    expect(codes(newStart, facts)).toEqual(expected);
  });

  it('names the field and a rule in every violation', () => {
    const [v] = startCorrectionViolations('2026-03-21', { ...base, firstPlacementStart: '2026-03-20' });
    expect(v).toMatchObject({
      field: 'startDate',
      rule: 'startDate.notAfterFirstPlacement',
      kind: 'conflict',
    });
  });
});

describe('EnrolmentStartCorrectionRefusedError', () => {
  it('answers with the first contradiction of a recorded fact (409) and lists every violation', () => {
    const error = new EnrolmentStartCorrectionRefusedError(
      startCorrectionViolations('2026-05-01', { ...base, firstPlacementStart: '2026-03-20' }),
    );
    expect(error).toMatchObject({ code: 'ENROLMENT_START_AFTER_PLACEMENT', kind: 'conflict' });
    expect(error.details.errors?.map((e) => e.rule)).toEqual([
      'startDate.notFuture',
      'startDate.notAfterFirstPlacement',
    ]);
  });

  it('answers 422 when only a date rule is broken', () => {
    const error = new EnrolmentStartCorrectionRefusedError(startCorrectionViolations('2026-03-01', base));
    expect(error).toMatchObject({ code: 'ENROLMENT_START_BEFORE_REFERRAL', kind: 'unprocessable' });
  });
});
