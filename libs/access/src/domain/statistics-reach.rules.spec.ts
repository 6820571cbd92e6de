import type { Principal } from '@steg/http';
import { anApiKey, aUser } from './principals.fixtures';
import {
  mayReadRunRecords,
  mayReadStatistics,
  reachesReportingRun,
  reportingRunReach,
} from './statistics-reach.rules';

const key = (scopes: string[]): Principal => ({ ...anApiKey(), scopes }) as Principal;

describe('mayReadStatistics', () => {
  it.each<[string, Principal, boolean]>([
    ['an analyst', aUser([{ unitId: 'org', role: 'analyst' }]), true],
    ['a unit manager', aUser([{ unitId: 'ame-1', role: 'unit_manager' }]), true],
    ['an auditor', aUser([{ unitId: 'org', role: 'auditor' }]), true],
    ['a coach', aUser([{ unitId: 'ame-1', role: 'ame_coach' }]), false],
    ['an IFO caseworker', aUser([{ unitId: 'ifo-1', role: 'ifo_caseworker' }]), false],
    ['a supervisor', aUser([{ unitId: 'site-1', role: 'supervisor' }]), false],
    ['an admin', aUser([{ unitId: 'org', role: 'admin' }]), false],
    [
      'a coach who also manages a unit',
      aUser([
        { unitId: 'ame-1', role: 'ame_coach' },
        { unitId: 'ame-2', role: 'unit_manager' },
      ]),
      true,
    ],
    ['nobody: no memberships', aUser([]), false],
    ['a key with statistics:read', key(['statistics:read']), true],
    ['a key for attendance only', key(['attendance:write']), false],
    ['a key with no scopes', key([]), false],
  ])('%s: %s', (_name, principal, allowed) => {
    expect(mayReadStatistics(principal)).toBe(allowed);
  });
});

type RunUnits = { unitId: string | null; scopeUnitIds: string[] | null };
/** A run asked for one unit, a manager's run over their units (no unit named), a municipality-wide run. */
const ofUnit = (unitId: string): RunUnits => ({ unitId, scopeUnitIds: [unitId] });
const ofUnits = (...units: string[]): RunUnits => ({ unitId: null, scopeUnitIds: units });
const wholeMunicipality: RunUnits = { unitId: null, scopeUnitIds: null };
const manager = aUser([{ unitId: 'ame-1', role: 'unit_manager' }], 'u1');
const managerOfBoth = aUser(
  [
    { unitId: 'ame-1', role: 'unit_manager' },
    { unitId: 'ame-2', role: 'unit_manager' },
  ],
  'u3',
);
const analystAndManager = aUser(
  [
    { unitId: 'org', role: 'analyst' },
    { unitId: 'ame-1', role: 'unit_manager' },
  ],
  'u4',
);
const auditor = aUser([{ unitId: 'org', role: 'auditor' }]);
const analyst = aUser([{ unitId: 'org', role: 'analyst' }]);
const unitKey = { ...anApiKey('k1', 'ame-1'), scopes: ['statistics:read'] } as Principal;
const wideKey = { ...anApiKey('k1', null), scopes: ['statistics:read'] } as Principal;

describe('reportingRunReach and reachesReportingRun', () => {
  it.each<[string, Principal, RunUnits, boolean]>([
    ['an analyst: any run', analyst, ofUnit('ame-2'), true],
    ['an auditor: a municipality-wide run', auditor, wholeMunicipality, true],
    ['a manager: a run of their unit', manager, ofUnit('ame-1'), true],
    ['a manager: a run of another unit', manager, ofUnit('ame-2'), false],
    ['a manager: a municipality-wide run', manager, wholeMunicipality, false],
    [
      'a manager: a run over their unit and one they do not manage',
      manager,
      ofUnits('ame-1', 'ame-2'),
      false,
    ],
    ['a manager of both units: a run over both', managerOfBoth, ofUnits('ame-1', 'ame-2'), true],
    ["a co-manager: another manager's run over the unit (no unit named)", manager, ofUnits('ame-1'), true],
    ['a manager: a run of no units', manager, ofUnits(), false],
    ['a manager: an old run with only unit_id', manager, { unitId: 'ame-1', scopeUnitIds: null }, true],
    [
      'a coach of the unit: no',
      aUser([{ unitId: 'ame-1', role: 'ame_coach' }], 'u2'),
      ofUnit('ame-1'),
      false,
    ],
    ['a key without a unit: any run', wideKey, ofUnit('ame-2'), true],
    ['a key of a unit: its unit', unitKey, ofUnit('ame-1'), true],
    ['a key of a unit: not a municipality-wide run', unitKey, wholeMunicipality, false],
    ['a key of a unit: not a run over its unit and another', unitKey, ofUnits('ame-1', 'ame-2'), false],
  ])('%s', (_name, principal, theRun, expected) => {
    expect(reachesReportingRun(reportingRunReach(principal), theRun)).toBe(expected);
  });

  it('gives no reach for having made a run: the reach has no user in it', () => {
    expect(reportingRunReach(manager)).toEqual({ wholeMunicipality: false, units: ['ame-1'] });
  });
});

describe('mayReadRunRecords, per run', () => {
  it.each<[string, Principal, RunUnits, boolean]>([
    ['an auditor: a run of a unit', auditor, ofUnit('ame-2'), true],
    ['an auditor: a municipality-wide run', auditor, wholeMunicipality, true],
    ['a unit manager: a run of their unit', manager, ofUnit('ame-1'), true],
    ['a unit manager: a run of another unit', manager, ofUnit('ame-2'), false],
    ['a unit manager: a run over their unit and another', manager, ofUnits('ame-1', 'ame-2'), false],
    ['a unit manager: a municipality-wide run', manager, wholeMunicipality, false],
    ['a unit manager: a run of no units', manager, ofUnits(), false],
    ['a manager of both: a run over both', managerOfBoth, ofUnits('ame-1', 'ame-2'), true],
    ['an analyst who manages ame-1: a run of ame-1', analystAndManager, ofUnit('ame-1'), true],
    ['an analyst who manages ame-1: a run of ame-2', analystAndManager, ofUnit('ame-2'), false],
    ['an analyst who manages ame-1: a municipality-wide run', analystAndManager, wholeMunicipality, false],
    ['an analyst', analyst, ofUnit('ame-1'), false],
    ['a coach', aUser([{ unitId: 'ame-1', role: 'ame_coach' }]), ofUnit('ame-1'), false],
    ['a key with statistics:read', wideKey, ofUnit('ame-1'), false],
    ['a key of the unit', unitKey, ofUnit('ame-1'), false],
  ])('%s', (_name, principal, theRun, allowed) => {
    expect(mayReadRunRecords(principal, theRun)).toBe(allowed);
  });
});
