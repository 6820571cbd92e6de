import type { Principal } from '@steg/http';
import {
  attendanceImportReach,
  ImportPlacementFacts,
  ImportReach,
  mayImportAttendance,
} from './attendance-import-reach.rules';
import { anApiKey, aUser as user } from './principals.fixtures';

const key = (unitId: string | null) => anApiKey('k1', unitId);

/** A placement of AME unit ame-1's instance at the site of unit site-1, supervised by sup-1. */
const PLACEMENT: ImportPlacementFacts = {
  responsibleUnitId: 'ame-1',
  siteUnitId: 'site-1',
  supervisorId: 'sup-1',
};
const NO_SITE: ImportPlacementFacts = { ...PLACEMENT, siteUnitId: null };

describe('attendanceImportReach', () => {
  it.each<[string, Principal, ImportPlacementFacts, ImportReach]>([
    [
      "a key of the site's unit",
      key('site-1'),
      PLACEMENT,
      { granted: true, reporter: 'integration', unitId: 'site-1' },
    ],
    [
      'a key of the responsible unit',
      key('ame-1'),
      PLACEMENT,
      { granted: true, reporter: 'integration', unitId: 'ame-1' },
    ],
    [
      'a key of the municipality (no unit)',
      key(null),
      PLACEMENT,
      { granted: true, reporter: 'integration', unitId: null },
    ],
    ['a key of another unit', key('ame-2'), PLACEMENT, { granted: false, reason: 'unit' }],
    ['a key of a site, no site on the instance', key('site-1'), NO_SITE, { granted: false, reason: 'unit' }],
    [
      'a coach of the responsible unit',
      user([{ unitId: 'ame-1', role: 'ame_coach' }]),
      PLACEMENT,
      { granted: true, reporter: 'case', unitId: 'ame-1' },
    ],
    [
      "a manager of the site's unit",
      user([{ unitId: 'site-1', role: 'unit_manager' }]),
      PLACEMENT,
      { granted: true, reporter: 'case', unitId: 'site-1' },
    ],
    [
      'a coach of another unit',
      user([{ unitId: 'ame-2', role: 'ame_coach' }]),
      PLACEMENT,
      { granted: false, reason: 'unit' },
    ],
    [
      'an IFO caseworker of the responsible unit reports nothing',
      user([{ unitId: 'ame-1', role: 'ifo_caseworker' }]),
      PLACEMENT,
      { granted: false, reason: 'unit' },
    ],
    [
      'the supervisor of the placement',
      user([{ unitId: 'site-1', role: 'supervisor' }], 'sup-1'),
      PLACEMENT,
      { granted: true, reporter: 'supervisor', unitId: 'site-1' },
    ],
    [
      'the supervisor, no site: the responsible unit is recorded',
      user([{ unitId: 'site-9', role: 'supervisor' }], 'sup-1'),
      NO_SITE,
      { granted: true, reporter: 'supervisor', unitId: 'ame-1' },
    ],
    [
      'another supervisor',
      user([{ unitId: 'site-1', role: 'supervisor' }], 'sup-2'),
      PLACEMENT,
      { granted: false, reason: 'unit' },
    ],
    [
      'the named supervisor without the supervisor role any more',
      user([{ unitId: 'site-1', role: 'analyst' }], 'sup-1'),
      PLACEMENT,
      { granted: false, reason: 'unit' },
    ],
    [
      'a coach here who also supervises it reports as AME (further back, with a reason)',
      user(
        [
          { unitId: 'ame-1', role: 'ame_coach' },
          { unitId: 'site-1', role: 'supervisor' },
        ],
        'sup-1',
      ),
      PLACEMENT,
      { granted: true, reporter: 'case', unitId: 'ame-1' },
    ],
  ])('%s', (_name, principal, placement, expected) => {
    expect(attendanceImportReach(principal, placement)).toEqual(expected);
  });
});

describe('mayImportAttendance', () => {
  it.each<[string, Principal, boolean]>([
    ['an API key (its scope is the route’s)', key('site-1'), true],
    ['a coach', user([{ unitId: 'ame-1', role: 'ame_coach' }]), true],
    ['a manager', user([{ unitId: 'ame-1', role: 'unit_manager' }]), true],
    ['a supervisor', user([{ unitId: 'site-1', role: 'supervisor' }]), true],
    ['an IFO caseworker', user([{ unitId: 'ifo-1', role: 'ifo_caseworker' }]), false],
    ['an analyst', user([{ unitId: 'ame-1', role: 'analyst' }]), false],
    ['no roles', user([]), false],
  ])('%s: %s', (_name, principal, expected) => {
    expect(mayImportAttendance(principal)).toBe(expected);
  });
});
