import type { ApiKeyPrincipal, Principal, UserPrincipal } from '@steg/http';
import { UnauthenticatedError } from '../access.errors';
import { AuthorizationSchemeStrategy, SignInPassport } from './sign-in.passport';

const user: UserPrincipal = {
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000001',
  municipalityId: '00000000-0000-4000-8000-000000000002',
  username: 'coach',
  displayName: 'Coach',
  memberships: [],
  permissions: [],
};
const apiKey: ApiKeyPrincipal = {
  kind: 'api_key',
  apiKeyId: '00000000-0000-4000-8000-000000000003',
  municipalityId: user.municipalityId,
  name: 'Närvaro',
  scopes: ['attendance:write'],
  unitId: null,
};

type Validate = (credential: string) => Promise<Principal>;

/**
 * A Passport with the two sign-in strategies, each judging its credential with `validate` as the
 * real ones' validate() would (the real ones read the database; see auth.e2e-spec.ts).
 */
function signInWith(
  bearer: Validate,
  apiKeyValidate: Validate,
): { passport: SignInPassport; seen: string[] } {
  const passport = new SignInPassport();
  const seen: string[] = [];
  const verify =
    (validate: Validate) => (credential: string, done: (error: unknown, principal?: Principal) => void) => {
      seen.push(credential);
      validate(credential).then(
        (principal) => done(null, principal),
        (error: unknown) => done(error),
      );
    };
  passport.use('bearer', new AuthorizationSchemeStrategy('bearer', passport, verify(bearer)));
  passport.use('api-key', new AuthorizationSchemeStrategy('apikey', passport, verify(apiKeyValidate)));
  return { passport, seen };
}

const request = (authorization?: string) => ({ headers: { authorization } });
const accept = (principal: Principal) => () => Promise.resolve(principal);
const refuse = (error: Error) => () => Promise.reject(error);

describe('SignInPassport.signIn', () => {
  it('signs in with the strategy whose scheme the header names', async () => {
    const { passport, seen } = signInWith(accept(user), accept(apiKey));
    await expect(passport.signIn(request('Bearer token'), {})).resolves.toBe(user);
    await expect(passport.signIn(request('apikey steg_key'), {})).resolves.toBe(apiKey);
    expect(seen).toEqual(['token', 'steg_key']);
  });

  it.each<[string, string | undefined, string]>([
    ['no header', undefined, 'Sign in first: send Authorization: Bearer <token> or ApiKey <key>.'],
    [
      'an unknown scheme',
      'Basic dXNlcjpwYXNz',
      'Use Authorization: Bearer <token> or Authorization: ApiKey <key>.',
    ],
    [
      'a scheme without a credential',
      'Bearer',
      'Use Authorization: Bearer <token> or Authorization: ApiKey <key>.',
    ],
  ])('refuses %s as unauthenticated, asking no strategy', async (_name, header, message) => {
    const { passport, seen } = signInWith(accept(user), accept(apiKey));
    const refused = passport.signIn(request(header), {});
    await expect(refused).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(refused).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });

  it("answers the refusal of the strategy that read the credential, with that strategy's reason", async () => {
    const expired = new UnauthenticatedError('The bearer token is invalid or has expired; sign in again.');
    const revoked = new UnauthenticatedError('The API key is unknown or revoked.');
    const { passport } = signInWith(refuse(expired), refuse(revoked));
    await expect(passport.signIn(request('Bearer token'), {})).rejects.toBe(expired);
    await expect(passport.signIn(request('ApiKey steg_key'), {})).rejects.toBe(revoked);
  });

  it('passes any other error through unchanged, for the problem filter to answer (503, 500)', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { passport, seen } = signInWith(refuse(down), accept(apiKey));
    await expect(passport.signIn(request('Bearer token'), {})).rejects.toBe(down);
    expect(seen).toEqual(['token']);
  });
});
