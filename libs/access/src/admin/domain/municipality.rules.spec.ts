import { NewMunicipality, newMunicipalityProblems } from './municipality.rules';

const valid: NewMunicipality = {
  code: '2380',
  name: 'Östersunds kommun',
  admin: { username: 'admin.ostersund', displayName: 'Systemförvaltare', password: 'a'.repeat(12) },
};

function withChange(change: { code?: string; name?: string; admin?: Partial<NewMunicipality['admin']> }) {
  return { ...valid, ...change, admin: { ...valid.admin, ...change.admin } };
}

/** The rules each input breaks, as `field:rule`. */
const rules = (input: NewMunicipality) => newMunicipalityProblems(input).map((p) => `${p.field}:${p.rule}`);

describe('newMunicipalityProblems', () => {
  it('accepts a complete municipality with a local administrator', () => {
    expect(newMunicipalityProblems(valid)).toEqual([]);
  });

  it.each([
    ['0180', []], // Stockholm: county 01
    ['2584', []], // Kiruna: county 25, the highest
    ['0114', []],
    ['2680', ['code:code.county']], // no county 26
    ['0000', ['code:code.county']],
    ['0280', ['code:code.county']], // 02 was merged away
    ['1180', ['code:code.county']],
    ['1580', ['code:code.county']],
    ['1680', ['code:code.county']],
    ['238', ['code:code.format']],
    ['23800', ['code:code.format']],
    ['23a0', ['code:code.format']],
    ['', ['code:code.format']],
    [' 2380', ['code:code.format']],
  ])('kommunkod %j → %j', (code, expected) => {
    expect(rules(withChange({ code }))).toEqual(expected);
  });

  it.each([
    ['Ö', []],
    ['x'.repeat(200), []],
    ['x'.repeat(201), ['name:name.length']],
    ['', ['name:name.required']],
    ['   ', ['name:name.required']],
    ['Öster\u0000sund', ['name:noNulCharacter']],
  ])('name %j → %j', (name, expected) => {
    expect(rules(withChange({ name }))).toEqual(expected);
  });

  it.each([
    ['abc', []],
    ['a'.repeat(64), []],
    ['a.b_c-9', []],
    ['ab', ['admin.username:username.format']],
    ['a'.repeat(65), ['admin.username:username.format']],
    ['Admin', ['admin.username:username.format']],
    ['anna andersson', ['admin.username:username.format']],
    ['', ['admin.username:username.format']],
  ])('username %j → %j', (username, expected) => {
    expect(rules(withChange({ admin: { username } }))).toEqual(expected);
  });

  it.each([
    ['a'.repeat(12), []],
    ['a'.repeat(256), []],
    ['a'.repeat(11), ['admin.password:password.length']],
    ['a'.repeat(257), ['admin.password:password.length']],
    ['', ['admin.password:password.length']],
  ])('password of %#', (password, expected) => {
    expect(rules(withChange({ admin: { password } }))).toEqual(expected);
  });

  it('needs a way to sign in: a password or an external subject', () => {
    const noPassword = { ...valid, admin: { username: 'admin.x', displayName: 'X' } };
    expect(rules(noPassword)).toEqual(['admin.password:admin.signIn']);
    expect(rules({ ...noPassword, admin: { ...noPassword.admin, externalSubject: '   ' } })).toEqual([
      'admin.password:admin.signIn',
    ]);
    expect(rules({ ...noPassword, admin: { ...noPassword.admin, externalSubject: 'sub-123' } })).toEqual([]);
    expect(
      rules({ ...noPassword, admin: { ...noPassword.admin, externalSubject: 'x'.repeat(257) } }),
    ).toEqual(['admin.externalSubject:externalSubject.length']);
  });

  it('names the display name, and every problem at once', () => {
    expect(rules(withChange({ admin: { displayName: ' ' } }))).toEqual([
      'admin.displayName:displayName.required',
    ]);
    expect(
      rules({ code: 'x', name: '', admin: { username: 'A', displayName: '', password: 'short' } }),
    ).toEqual([
      'code:code.format',
      'name:name.required',
      'admin.username:username.format',
      'admin.displayName:displayName.required',
      'admin.password:password.length',
    ]);
  });
});
