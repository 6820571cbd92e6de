import { koladaFileRows } from './kolada-file';

describe('koladaFileRows', () => {
  const v = (value: number | null, suppressed = false) => ({ value, suppressed });

  it('writes one row per figure and gender with the status of an empty value', () => {
    expect(
      koladaFileRows('2380', 2026, [
        { id: 'U40800', kind: 'count', values: { T: v(19), K: v(10), M: v(null, true) } },
        { id: 'U40455', kind: 'share', values: { T: v(41.9), K: v(0), M: v(null) } },
      ]),
    ).toEqual([
      ['U40800', '2380', '2026', 'T', '19', ''],
      ['U40800', '2380', '2026', 'K', '10', ''],
      ['U40800', '2380', '2026', 'M', '', 'suppressed'],
      ['U40455', '2380', '2026', 'T', '41,9', ''],
      ['U40455', '2380', '2026', 'K', '0,0', ''],
      ['U40455', '2380', '2026', 'M', '', 'undefined'],
    ]);
  });

  it('writes a count of zero as 0 and a share of 100 with its decimal', () => {
    expect(
      koladaFileRows('0180', 2025, [
        { id: 'U40827', kind: 'share', values: { T: v(100), K: v(100), M: v(0) } },
      ]).map((r) => r[4]),
    ).toEqual(['100,0', '100,0', '0,0']);
    expect(
      koladaFileRows('0180', 2025, [
        { id: 'U40450', kind: 'count', values: { T: v(0), K: v(0), M: v(0) } },
      ]).map((r) => r[4]),
    ).toEqual(['0', '0', '0']);
  });
});
