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

describe('reportingRunReach and reachesReportingRun', () => {
  const manager = aUser([{ unitId: 'ame-1', role: 'unit_manager' }], 'u1');
  const run = (unitId: string | null, createdBy: string) => ({ unitId, createdBy });
  it.each<[string, Principal, { unitId: string | null; createdBy: string }, boolean]>([
    ['an analyst: any run', aUser([{ unitId: 'org', role: 'analyst' }]), run('ame-2', 'u9'), true],
    [
      'an auditor: a municipality-wide run',
      aUser([{ unitId: 'org', role: 'auditor' }]),
      run(null, 'u9'),
      true,
    ],
    ['a manager: a run of their unit by another', manager, run('ame-1', 'u9'), true],
    ['a manager: a run of another unit', manager, run('ame-2', 'u9'), false],
    ['a manager: a municipality-wide run they made', manager, run(null, 'u1'), true],
    ['a manager: a municipality-wide run by another', manager, run(null, 'u9'), false],
    ['a manager: a run of another unit they made (when they managed it)', manager, run('ame-2', 'u1'), true],
    [
      'a coach of the unit: no',
      aUser([{ unitId: 'ame-1', role: 'ame_coach' }], 'u2'),
      run('ame-1', 'u9'),
      false,
    ],
    [
      'a key without a unit: any run',
      { ...anApiKey('k1', null), scopes: ['statistics:read'] } as Principal,
      run('ame-2', 'u9'),
      true,
    ],
    [
      'a key of a unit: its unit',
      { ...anApiKey('k1', 'ame-1'), scopes: ['statistics:read'] } as Principal,
      run('ame-1', 'u9'),
      true,
    ],
    [
      'a key of a unit: not a municipality-wide run',
      { ...anApiKey('k1', 'ame-1'), scopes: ['statistics:read'] } as Principal,
      run(null, 'u9'),
      false,
    ],
  ])('%s', (_name, principal, theRun, expected) => {
    expect(reachesReportingRun(reportingRunReach(principal), theRun)).toBe(expected);
  });
});

describe('mayReadRunRecords', () => {
  it.each<[string, Principal, boolean]>([
    ['an auditor', aUser([{ unitId: 'org', role: 'auditor' }]), true],
    ['a unit manager', aUser([{ unitId: 'ame-1', role: 'unit_manager' }]), true],
    ['an analyst', aUser([{ unitId: 'org', role: 'analyst' }]), false],
    ['a coach', aUser([{ unitId: 'ame-1', role: 'ame_coach' }]), false],
    [
      'a key with statistics:read',
      { ...anApiKey('k1', null), scopes: ['statistics:read'] } as Principal,
      false,
    ],
  ])('%s: %s', (_name, principal, allowed) => {
    expect(mayReadRunRecords(principal)).toBe(allowed);
  });
});
