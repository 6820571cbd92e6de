import { credentialOf } from './authorization-header.rules';

describe('credentialOf', () => {
  it.each<[string, string | undefined, string, string | undefined]>([
    ['a bearer token', 'Bearer abc.def.ghi', 'bearer', 'abc.def.ghi'],
    ['the scheme in any case', 'BEARER abc', 'bearer', 'abc'],
    ['white space around and between', '  ApiKey \t steg_key  ', 'apikey', 'steg_key'],
    ['another scheme', 'ApiKey steg_key', 'bearer', undefined],
    ['an unknown scheme', 'Basic dXNlcjpwYXNz', 'bearer', undefined],
    ['the scheme alone', 'Bearer', 'bearer', undefined],
    ['the scheme and spaces', 'Bearer   ', 'bearer', undefined],
    ['no header', undefined, 'bearer', undefined],
    ['an empty header', '', 'bearer', undefined],
    ['a scheme that only starts the same', 'Bearerx abc', 'bearer', undefined],
    // As before Passport: only the first word after the scheme is the credential.
    ['two words after the scheme', 'Bearer abc def', 'bearer', 'abc'],
  ])('%s', (_name, header, scheme, expected) => {
    expect(credentialOf(header, scheme)).toBe(expected);
  });
});
