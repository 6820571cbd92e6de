import {
  allNew,
  AttendanceEntryInput,
  AttendanceWriter,
  EntryPlacement,
  entryInputProblems,
  isStale,
  keyOf,
  monthsOf,
  placementProblems,
  reasonProblems,
  requestVerdict,
  sameSnapshot,
  signedKey,
  signedMonthProblems,
  snapshotOf,
  sortOut,
  StoredEntry,
  wellFormedPlacementIds,
  writtenEntries,
} from './attendance-write.rules';

const TODAY = '2026-03-16';
const P1 = 'aaaaaaaa-0000-4000-8000-000000000001';
const P2 = 'bbbbbbbb-0000-4000-8000-000000000002';
const NOW = new Date('2026-03-16T09:00:00+01:00');
const writer: AttendanceWriter = { municipalityId: 'm1', userId: 'u1', apiKeyId: null, channel: 'web' };

function entry(overrides: Partial<AttendanceEntryInput> = {}): AttendanceEntryInput {
  return {
    placementId: P1,
    day: TODAY,
    basedOnVersion: 0,
    code: 'present',
    presentMinutes: 180,
    ...overrides,
  };
}

function stored(overrides: Partial<StoredEntry> = {}): StoredEntry {
  return {
    id: 'e1',
    municipalityId: 'm1',
    placementId: P1,
    participantId: 'person-1',
    day: '2026-03-12',
    code: 'present',
    presentMinutes: 180,
    arrival: null,
    departure: null,
    note: null,
    reportedBy: 'u0',
    reportedByApiKey: null,
    channel: 'web',
    reportedAt: new Date('2026-03-12T12:00:00Z'),
    version: 1,
    ...overrides,
  };
}

const storedBy = (...entries: StoredEntry[]) => new Map(entries.map((e) => [keyOf(e.placementId, e.day), e]));

describe('entryInputProblems', () => {
  const rulesOf = (entries: AttendanceEntryInput[]) =>
    entryInputProblems(entries).map((p) => `${p.field} ${p.rule}`);

  it.each<[string, Partial<AttendanceEntryInput>, string[]]>([
    ['a whole day present: the most minutes', { presentMinutes: 1440 }, []],
    [
      'one minute more than a day',
      { presentMinutes: 1441 },
      ['entries[0].presentMinutes presentMinutes.range'],
    ],
    [
      'arrival and departure equal',
      { presentMinutes: 0, arrival: '09:00', departure: '09:00' },
      ['entries[0].departure departure.afterArrival'],
    ],
    ['departure a minute after arrival', { presentMinutes: 0, arrival: '09:00', departure: '09:01' }, []],
    [
      'exactly the minutes between arrival and departure',
      { presentMinutes: 180, arrival: '09:00', departure: '12:00' },
      [],
    ],
    [
      'a quarter more than between arrival and departure',
      { presentMinutes: 195, arrival: '09:00', departure: '12:00' },
      ['entries[0].presentMinutes presentMinutes.withinTimes'],
    ],
    [
      'a placement id in upper case',
      { placementId: P1.toUpperCase() },
      ['entries[0].placementId placementId.uuid'],
    ],
    ['a day that does not exist', { day: '2026-02-30' }, ['entries[0].day day.date']],
    ['version 0: a new entry', { basedOnVersion: 0 }, []],
    ['a negative version', { basedOnVersion: -1 }, ['entries[0].basedOnVersion basedOnVersion.version']],
    ['a fractional version', { basedOnVersion: 1.5 }, ['entries[0].basedOnVersion basedOnVersion.version']],
  ])('%s', (_name, overrides, expected) => {
    expect(rulesOf([entry(overrides)])).toEqual(expected);
  });

  it('names the second entry for the same placement and day, not the first', () => {
    expect(
      rulesOf([entry(), entry({ placementId: P2 }), entry({ code: 'sick', presentMinutes: null })]),
    ).toEqual(['entries[2].day entries.onePerPlacementAndDay']);
  });
});

describe('placementProblems', () => {
  const ended: EntryPlacement = {
    participantId: 'person-1',
    startDate: '2026-03-02',
    actualEndDate: '2026-03-13',
  };
  const open: EntryPlacement = { participantId: 'person-2', startDate: '2026-03-02', actualEndDate: null };
  const placements = new Map([
    [P1, ended],
    [P2, open],
  ]);

  it.each<[string, Partial<AttendanceEntryInput>, string[]]>([
    ['the placement’s first day', { day: '2026-03-02' }, []],
    ['the day before it started', { day: '2026-03-01' }, ['ATTENDANCE_OUTSIDE_PLACEMENT entries[0].day']],
    ['the placement’s last day', { day: '2026-03-13' }, []],
    ['the day after it ended', { day: '2026-03-14' }, ['ATTENDANCE_OUTSIDE_PLACEMENT entries[0].day']],
    ['today, in a placement not ended', { placementId: P2, day: TODAY }, []],
    ['tomorrow', { placementId: P2, day: '2026-03-17' }, ['ATTENDANCE_DAY_IN_FUTURE entries[0].day']],
    [
      'tomorrow, after the placement ended',
      { day: '2026-03-17' },
      ['ATTENDANCE_OUTSIDE_PLACEMENT entries[0].day', 'ATTENDANCE_DAY_IN_FUTURE entries[0].day'],
    ],
    [
      'a placement not of the municipality',
      { placementId: '00000000-0000-4000-8000-000000000009' },
      ['ATTENDANCE_PLACEMENT_UNKNOWN entries[0].placementId'],
    ],
    // Malformed values are entryInputProblems' to name: no second, vaguer problem for them here.
    [
      'a malformed placement id, tomorrow',
      { placementId: 'P1', day: '2026-03-17' },
      ['ATTENDANCE_DAY_IN_FUTURE entries[0].day'],
    ],
    ['a malformed day', { day: '2026-02-30' }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(
      placementProblems(placements, [entry(overrides)], TODAY).map((p) => `${p.code} ${p.field}`),
    ).toEqual(expected);
  });
});

describe('requestVerdict: every problem of a request in one answer', () => {
  const minutes = { field: 'entries[0].presentMinutes', rule: 'presentMinutes.quarterHours', message: 'q' };
  const future = {
    code: 'ATTENDANCE_DAY_IN_FUTURE',
    field: 'entries[0].day',
    rule: 'day.notFuture',
    message: 'f',
  };
  const window = {
    code: 'ATTENDANCE_OUTSIDE_REPORTING_WINDOW',
    field: 'entries[1].day',
    rule: 'day.w',
    message: 'w',
  };
  const rulesOf = (v: ReturnType<typeof requestVerdict>) => v?.errors.map((e) => `${e.field} ${e.rule}`);

  it('is nothing without problems', () => {
    expect(requestVerdict({ invalid: [], rules: [] })).toBeNull();
  });

  it('answers 400 with the broken rules too when a value is malformed (a future day and 230 minutes)', () => {
    const verdict = requestVerdict({ invalid: [minutes], rules: [future] });
    expect(verdict?.status).toBe('invalid');
    expect(rulesOf(verdict)).toEqual([
      'entries[0].presentMinutes presentMinutes.quarterHours',
      'entries[0].day day.notFuture',
    ]);
  });

  it('answers 422 with the first rule’s code and every rule when all values are well-formed', () => {
    const verdict = requestVerdict({ invalid: [], rules: [window, future] });
    expect(verdict).toMatchObject({ status: 'rule', code: 'ATTENDANCE_OUTSIDE_REPORTING_WINDOW' });
    expect(rulesOf(verdict)).toEqual(['entries[1].day day.w', 'entries[0].day day.notFuture']);
  });

  it('names a problem two checks both found once', () => {
    const verdict = requestVerdict({ invalid: [], rules: [future, { ...future, message: 'again' }] });
    expect(verdict?.errors).toEqual([{ field: 'entries[0].day', rule: 'day.notFuture', message: 'f' }]);
  });
});

describe('wellFormedPlacementIds', () => {
  it('keeps the lower-case UUIDs, each once', () => {
    expect(
      wellFormedPlacementIds([
        entry(),
        entry({ placementId: 'x' }),
        entry({ placementId: P1.toUpperCase() }),
        entry(),
      ]),
    ).toEqual([P1]);
  });
});

describe('allNew', () => {
  it.each<[string, number[], boolean]>([
    ['one new entry', [0], true],
    ['every entry new', [0, 0, 0], true],
    ['one change among new entries', [0, 1, 0], false],
    ['only changes', [2], false],
  ])('%s -> %s', (_name, versions, expected) => {
    expect(allNew(versions.map((basedOnVersion, i) => entry({ basedOnVersion, day: `2026-03-1${i}` })))).toBe(
      expected,
    );
  });
});

describe('isStale', () => {
  it.each<[string, StoredEntry[], number, boolean]>([
    ['nothing stored, based on nothing', [], 0, false],
    ['nothing stored, based on a version', [], 1, true],
    ['stored at 2, based on 2', [stored({ day: TODAY, version: 2 })], 2, false],
    ['stored at 2, based on 1', [stored({ day: TODAY, version: 2 })], 1, true],
    ['stored at 1, based on nothing (someone reported first)', [stored({ day: TODAY })], 0, true],
  ])('%s -> %s', (_name, rows, basedOnVersion, expected) => {
    expect(isStale([entry({ basedOnVersion })], storedBy(...rows))).toBe(expected);
  });
});

describe('reasonProblems', () => {
  const past = stored(); // present 180 on 2026-03-12
  const change = { day: '2026-03-12', basedOnVersion: 1, code: 'sick' as const, presentMinutes: null };

  it.each<[string, Partial<AttendanceEntryInput>, StoredEntry[], boolean]>([
    ['a past day changed without a reason', change, [past], true],
    ['a past day changed with an empty reason', { ...change, reason: '' }, [past], true],
    ['a past day changed with a blank reason', { ...change, reason: '   ' }, [past], true],
    ['a past day changed with a reason', { ...change, reason: 'Fel kod' }, [past], false],
    ['a past day sent again unchanged', { day: '2026-03-12', basedOnVersion: 1 }, [past], false],
    ['a past day reported for the first time', { day: '2026-03-12' }, [], false],
    ['today changed without a reason', { ...change, day: TODAY }, [stored({ day: TODAY })], false],
  ])('%s -> needs a reason: %s', (_name, overrides, rows, expected) => {
    const problems = reasonProblems([entry(overrides)], storedBy(...rows), TODAY);
    expect(problems.map((p) => `${p.field} ${p.rule}`)).toEqual(
      expected ? ['entries[0].reason reason.requiredAfterTheDay'] : [],
    );
  });
});

describe('signedMonthProblems', () => {
  const participantOf = (e: AttendanceEntryInput) => (e.placementId === P1 ? 'person-1' : 'person-2');
  const signed = new Set([signedKey('person-1', '2026-03')]);

  it.each<[string, Partial<AttendanceEntryInput>, boolean]>([
    ['the signed month’s first day', { day: '2026-03-01' }, true],
    ['the signed month’s last day', { day: '2026-03-31' }, true],
    ['the day before the signed month', { day: '2026-02-28' }, false],
    ['the day after the signed month', { day: '2026-04-01' }, false],
    ['another person’s day in the same month', { placementId: P2, day: '2026-03-15' }, false],
  ])('%s -> refused: %s', (_name, overrides, expected) => {
    const problems = signedMonthProblems([entry(overrides)], participantOf, signed);
    expect(problems.map((p) => `${p.field} ${p.rule}`)).toEqual(
      expected ? ['entries[0].day day.monthNotSigned'] : [],
    );
  });

  it('asks once per person and month', () => {
    const entries = [entry({ day: '2026-03-02' }), entry({ day: '2026-03-03' }), entry({ placementId: P2 })];
    expect(monthsOf(entries, participantOf)).toEqual([
      ['person-1', '2026-03'],
      ['person-2', '2026-03'],
    ]);
  });
});

describe('sortOut and writtenEntries', () => {
  const ids = ['id-a', 'id-b'];
  const nextId = () => ids.shift() as string;
  const participantOf = () => 'person-1';
  const today = stored({ day: TODAY, arrival: '09:00:00', departure: '12:00:00' });
  const entries = [
    entry({ placementId: P2, day: '2026-03-13', note: '  ', reason: ' ' }), // new
    entry({ day: TODAY, basedOnVersion: 1, arrival: '09:00', departure: '12:00' }), // sent again unchanged
    entry({ day: '2026-03-13', code: 'sick', presentMinutes: 60, note: ' Ringde ', reason: ' Sjuk ' }), // new
  ];
  const changedEntries = [entry({ day: TODAY, basedOnVersion: 1, code: 'sick', presentMinutes: null })];

  it('sorts new entries into the write order, with minutes only when present and blank notes as none', () => {
    const { fresh, changed } = sortOut(writer, entries, storedBy(today), participantOf, NOW, nextId);
    expect(changed).toEqual([]);
    expect(fresh.map((f) => [f.placementId, f.day, f.values, f.reason])).toEqual([
      [
        P1,
        '2026-03-13',
        { code: 'sick', presentMinutes: null, arrival: null, departure: null, note: 'Ringde' },
        'Sjuk',
      ],
      [
        P2,
        '2026-03-13',
        { code: 'present', presentMinutes: 180, arrival: null, departure: null, note: null },
        null,
      ],
    ]);
  });

  it('changes a stored entry: the next version by the writer, and what it said before', () => {
    const { fresh, changed } = sortOut(writer, changedEntries, storedBy(today), participantOf, NOW, nextId);
    expect(fresh).toEqual([]);
    expect(changed).toEqual([
      {
        key: keyOf(P1, TODAY),
        entry: expect.objectContaining({
          id: 'e1',
          code: 'sick',
          presentMinutes: null,
          version: 2,
          reportedBy: 'u1',
        }),
        before: { code: 'present', presentMinutes: 180, arrival: '09:00', departure: '12:00', note: null },
        reason: null,
      },
    ]);
  });

  it('returns the entries in the request’s order: new at version 1, unchanged as stored', () => {
    const rows = storedBy(today);
    const sorted = sortOut(writer, entries, rows, participantOf, NOW, () => 'new');
    expect(
      writtenEntries(writer, entries, rows, sorted, NOW).map((w) => [w.placementId, w.day, w.version]),
    ).toEqual([
      [P2, '2026-03-13', 1],
      [P1, TODAY, 1],
      [P1, '2026-03-13', 1],
    ]);
  });
});

describe('snapshotOf and sameSnapshot', () => {
  it('compares times as HH:MM, as clients send them', () => {
    const row = stored({ arrival: '09:00:00', departure: '12:00:00' });
    expect(snapshotOf(row)).toMatchObject({ arrival: '09:00', departure: '12:00' });
    expect(sameSnapshot(row, { ...snapshotOf(row) })).toBe(true);
    expect(sameSnapshot(row, { ...snapshotOf(row), note: 'x' })).toBe(false);
  });
});
