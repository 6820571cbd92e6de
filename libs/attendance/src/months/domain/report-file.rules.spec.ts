import { contentDisposition, reportFileName, transliterate } from './report-file.rules';

describe('reportFileName', () => {
  const ID = '0b9c1f2e-7d4a-4c3b-9e8f-1a2b3c4d5e6f';
  const person = (firstName: string, lastName: string, masked = false) => ({
    participantId: ID,
    firstName,
    lastName,
    masked,
  });

  it.each([
    [
      'Swedish letters kept, transliterated in the fallback',
      person('Åsa', 'Öberg'),
      'days',
      'csv',
      'narvarorapport_2026-04_Öberg_Åsa_3c4d5e6f.csv',
      'narvarorapport_2026-04_Oberg_Asa_3c4d5e6f.csv',
    ],
    [
      'the summary',
      person('Erik', 'Ek'),
      'summary',
      'csv',
      'narvarorapport_2026-04_Ek_Erik_3c4d5e6f_sammanstallning.csv',
      'narvarorapport_2026-04_Ek_Erik_3c4d5e6f_sammanstallning.csv',
    ],
    [
      'XLSX',
      person('Erik', 'Ek'),
      'days',
      'xlsx',
      'narvarorapport_2026-04_Ek_Erik_3c4d5e6f.xlsx',
      'narvarorapport_2026-04_Ek_Erik_3c4d5e6f.xlsx',
    ],
    [
      'slashes, colons, quotes and dots of a path go',
      person('A/B\\C: "D"', '../etc'),
      'days',
      'csv',
      'narvarorapport_2026-04_etc_A_B_C_D_3c4d5e6f.csv',
      'narvarorapport_2026-04_etc_A_B_C_D_3c4d5e6f.csv',
    ],
    [
      'a double name keeps its hyphen',
      person('Anna-Karin', 'von Ærø'),
      'days',
      'csv',
      'narvarorapport_2026-04_von_Ærø_Anna-Karin_3c4d5e6f.csv',
      'narvarorapport_2026-04_von_AEro_Anna-Karin_3c4d5e6f.csv',
    ],
    [
      'a formula-looking name is only letters in the file name',
      person('=cmd', '+Evil'),
      'days',
      'csv',
      'narvarorapport_2026-04_Evil_cmd_3c4d5e6f.csv',
      'narvarorapport_2026-04_Evil_cmd_3c4d5e6f.csv',
    ],
    [
      'a name of no letters',
      person('???', '***'),
      'days',
      'csv',
      'narvarorapport_2026-04_deltagare_3c4d5e6f.csv',
      'narvarorapport_2026-04_deltagare_3c4d5e6f.csv',
    ],
    [
      'a protected person: no name',
      person('Åsa', 'Öberg', true),
      'days',
      'csv',
      'narvarorapport_2026-04_skyddad_3c4d5e6f.csv',
      'narvarorapport_2026-04_skyddad_3c4d5e6f.csv',
    ],
  ] as const)('%s', (_what, subject, table, extension, utf8, ascii) => {
    expect(reportFileName(subject, '2026-04', table, extension)).toEqual({ utf8, ascii });
  });

  it('two people of the same name get different files', () => {
    const other = { ...person('Åsa', 'Öberg'), participantId: '0b9c1f2e-7d4a-4c3b-9e8f-ffffffffffff' };
    expect(reportFileName(other, '2026-04', 'days', 'csv').utf8).not.toBe(
      reportFileName(person('Åsa', 'Öberg'), '2026-04', 'days', 'csv').utf8,
    );
  });

  it('bounds a very long name', () => {
    const name = reportFileName(person('A'.repeat(200), 'B'.repeat(200)), '2026-04', 'days', 'csv');
    expect(name.utf8.length).toBeLessThan(120);
    expect(name.utf8).toMatch(/_3c4d5e6f\.csv$/);
  });

  it('every name is safe on every OS', () => {
    const hostile = person('<>:"/\\|?*\u0000\u001f', 'CON. ');
    const { utf8, ascii } = reportFileName(hostile, '2026-04', 'days', 'csv');
    for (const name of [utf8, ascii]) expect(name).toMatch(/^[\p{L}\p{N}._-]+$/u);
    expect(ascii).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('transliterate', () => {
  it.each([
    ['Åsa Öberg-Ängström', 'Asa Oberg-Angstrom'],
    ['Łukasz Ærø Straße', 'Lukasz AEro Strasse'],
    ['Zoë Müller', 'Zoe Muller'],
    ['李', '_'],
  ])('%s → %s', (text, expected) => expect(transliterate(text)).toBe(expected));
});

describe('contentDisposition (RFC 6266 and RFC 5987)', () => {
  it('gives the ASCII fallback and the UTF-8 name', () => {
    expect(
      contentDisposition({
        utf8: 'narvarorapport_2026-04_Öberg_Åsa_3c4d5e6f.csv',
        ascii: 'narvarorapport_2026-04_Oberg_Asa_3c4d5e6f.csv',
      }),
    ).toBe(
      'attachment; filename="narvarorapport_2026-04_Oberg_Asa_3c4d5e6f.csv"; ' +
        "filename*=UTF-8''narvarorapport_2026-04_%C3%96berg_%C3%85sa_3c4d5e6f.csv",
    );
  });

  it("encodes what RFC 5987's attr-char leaves out and never breaks the quoted fallback", () => {
    expect(contentDisposition({ utf8: "a'(b)*.csv", ascii: 'a"b\\.csv' })).toBe(
      `attachment; filename="a_b_.csv"; filename*=UTF-8''a%27%28b%29%2A.csv`,
    );
  });
});
