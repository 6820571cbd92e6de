import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import request from 'supertest';
import {
  ApiKeyStrategy,
  BearerStrategy,
  generateApiKey,
  PasswordService,
  SignInPassport,
  UnauthenticatedError,
} from '@steg/access';
import { ApiKeyEntity } from '@steg/access/schema';
import type { ApiKeyScope } from '@steg/http';
import { givenTenant, givenUser, Tenant, tokenFor } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

describe('authentication', () => {
  describe('login and tokens', () => {
    let t: TestApp;
    let tenant: Tenant;
    let passwordHash: string;

    beforeAll(async () => {
      t = await startTestApp({ config: { loginRateLimitPerMinute: 6, jwtTtlSeconds: 900 } });
      tenant = await givenTenant(t.app);
      passwordHash = await t.app.get(PasswordService).hash('korrekt-hast-batteri-42');
    });
    afterAll(() => t.close());

    it('signs in with username and password and the token opens /auth/me', async () => {
      const user = await givenUser(
        t.dataSource,
        tenant.municipalityId,
        [{ unitId: tenant.units.ame, role: 'ame_coach' }],
        {
          passwordHash,
          permissions: ['protected_identity'],
        },
      );
      const login = await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: user.username.toUpperCase(), password: 'korrekt-hast-batteri-42' })
        .expect(200);
      expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      const me = await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(200);
      expect(me.body).toMatchObject({
        id: user.id,
        username: user.username,
        municipalityId: tenant.municipalityId,
        permissions: ['protected_identity'],
        memberships: [
          { unitId: tenant.units.ame, role: 'ame_coach', unitType: 'ame', unitName: expect.any(String) },
        ],
      });
    });

    it('gives the same answer for an unknown user and a wrong password', async () => {
      const user = await givenUser(
        t.dataSource,
        tenant.municipalityId,
        [{ unitId: tenant.units.ame, role: 'ame_coach' }],
        {
          passwordHash,
        },
      );
      const wrong = await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: user.username, password: 'fel-losenord' })
        .expect(401);
      const unknown = await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: 'ingen-sadan-anvandare', password: 'fel-losenord' })
        .expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect({ ...wrong.body, correlationId: null }).toEqual({ ...unknown.body, correlationId: null });
    });

    it('rejects a missing field with 400 naming it', async () => {
      const res = await request(t.server).post('/api/v1/auth/login').send({ username: 'x' }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    });

    it('refuses a deactivated user, at login and with a token issued before', async () => {
      const user = await givenUser(
        t.dataSource,
        tenant.municipalityId,
        [{ unitId: tenant.units.ame, role: 'ame_coach' }],
        {
          passwordHash,
        },
      );
      const login = await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: user.username, password: 'korrekt-hast-batteri-42' })
        .expect(200);
      await t.dataSource.query(`UPDATE staff_users SET active = false WHERE id = $1`, [user.id]);
      await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: user.username, password: 'korrekt-hast-batteri-42' })
        .expect(401);
      await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(401);
    });

    it('takes a role away at once: roles are read per request', async () => {
      const user = await givenUser(t.dataSource, tenant.municipalityId, [
        { unitId: tenant.units.ame, role: 'ame_coach' },
      ]);
      const token = await tokenFor(t.app, user);
      await request(t.server).get('/api/v1/participants').set('Authorization', `Bearer ${token}`).expect(200);
      await t.dataSource.query(`DELETE FROM unit_memberships WHERE user_id = $1`, [user.id]);
      await request(t.server).get('/api/v1/participants').set('Authorization', `Bearer ${token}`).expect(403);
    });

    it('refuses an expired token, a forged one and a malformed header', async () => {
      const forged = await new SignJWT({ mun: tenant.municipalityId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(tenant.users.ame_coach.id)
        .setIssuer('steg')
        .setAudience('steg-api')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
      await request(t.server).get('/api/v1/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
      await request(t.server).get('/api/v1/auth/me').set('Authorization', 'Bearer not.a.jwt').expect(401);
      await request(t.server).get('/api/v1/auth/me').set('Authorization', 'Basic dXNlcjpwYXNz').expect(401);
      const token = tenant.users.ame_coach.auth;
      t.clock.advanceDays(1);
      try {
        const expired = await request(t.server)
          .get('/api/v1/auth/me')
          .set('Authorization', token)
          .expect(401);
        expect(expired.body.code).toBe('UNAUTHENTICATED');
      } finally {
        t.clock.set('2026-03-16T09:00:00+01:00');
      }
    });

    it('refuses a token signed with the right key unless its lifetime is bounded', async () => {
      const now = Math.floor(t.clock.now().getTime() / 1000);
      const signed = (build: (jwt: SignJWT) => SignJWT) =>
        build(
          new SignJWT({ mun: tenant.municipalityId })
            .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
            .setSubject(tenant.users.ame_coach.id)
            .setIssuer('steg')
            .setAudience('steg-api'),
        ).sign(new TextEncoder().encode(t.config.jwtSecret));
      const me = (token: string) =>
        request(t.server).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);

      // The control: the same claims with iat and exp as Steg issues them open the route.
      await me(await signed((jwt) => jwt.setIssuedAt(now).setExpirationTime(now + 900))).expect(200);

      const refused = {
        'no exp': await signed((jwt) => jwt.setIssuedAt(now)),
        'exp ten years ahead': await signed((jwt) =>
          jwt.setIssuedAt(now).setExpirationTime(now + 315_360_000),
        ),
        'a lifetime longer than JWT_TTL_SECONDS': await signed((jwt) =>
          jwt.setIssuedAt(now).setExpirationTime(now + 900 + 3_600),
        ),
        'no iat': await signed((jwt) => jwt.setExpirationTime(now + 900)),

        expired: await signed((jwt) => jwt.setIssuedAt(now - 1_000).setExpirationTime(now - 100)),
      };
      for (const [name, token] of Object.entries(refused)) {
        const res = await me(token);
        expect({ name, status: res.status, code: res.body.code }).toEqual({
          name,
          status: 401,
          code: 'UNAUTHENTICATED',
        });
      }
    });

    it('rate-limits login attempts per client', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        statuses.push(
          (await request(t.server).post('/api/v1/auth/login').send({ username: 'x', password: 'y' })).status,
        );
      }
      expect(statuses).toContain(429);
      const limited = await request(t.server)
        .post('/api/v1/auth/login')
        .send({ username: 'x', password: 'y' })
        .expect(429);
      expect(limited.body.code).toBe('RATE_LIMITED');
      // The standard header, in seconds: clients and proxies know Retry-After, not Retry-After-login.
      expect(limited.headers['retry-after']).toMatch(/^\d+$/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(limited.headers['retry-after-login']).toBeUndefined();
      // Other routes are not counted by the login limit.
      await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
    });
  });

  describe("tokens from the municipality's OIDC identity provider", () => {
    let t: TestApp;
    let tenant: Tenant;
    let jwks: Server;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
    const issuer = 'https://idp.kommun.test';

    beforeAll(async () => {
      const keys = await generateKeyPair('RS256');
      privateKey = keys.privateKey;
      const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
      // The identity provider's JWKS endpoint, on the loopback interface: no network needed.
      jwks = createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', () => r()));
      const { port } = jwks.address() as AddressInfo;
      t = await startTestApp({
        config: {
          oidc: {
            issuer,
            audience: 'steg',
            jwksUrl: `http://127.0.0.1:${port}/jwks`,
            userClaim: 'upn',
            maxTokenLifetimeSeconds: 7_200,
          },
        },
      });
      tenant = await givenTenant(t.app);
    });
    afterAll(async () => {
      await t.close();
      await new Promise((r) => jwks.close(r));
    });

    const idpToken = (claims: Record<string, unknown>, audience = 'steg') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(new Date('2026-03-16T07:55:00Z'))
        .setExpirationTime(new Date('2026-03-16T09:00:00Z'))
        .sign(privateKey);

    it('accepts a valid token and matches the user on the configured claim', async () => {
      const user = await givenUser(
        t.dataSource,
        tenant.municipalityId,
        [{ unitId: tenant.units.ifo, role: 'ifo_caseworker' }],
        {
          externalSubject: 'anna.svensson@kommun.test',
        },
      );
      const token = await idpToken({ upn: 'anna.svensson@kommun.test' });
      const me = await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(me.body).toMatchObject({ id: user.id, memberships: [{ role: 'ifo_caseworker' }] });
    });

    it('signs in an OIDC token through the bearer strategy, as a user read from the database', async () => {
      const user = await givenUser(
        t.dataSource,
        tenant.municipalityId,
        [{ unitId: tenant.units.ifo, role: 'ifo_caseworker' }],
        { externalSubject: 'dag@kommun.test' },
      );
      const principal = await t.app.get(BearerStrategy).validate(await idpToken({ upn: 'dag@kommun.test' }));
      expect(principal).toMatchObject({
        kind: 'user',
        userId: user.id,
        memberships: [{ unitId: tenant.units.ifo, role: 'ifo_caseworker' }],
      });
      await expect(
        t.app.get(BearerStrategy).validate(await idpToken({ upn: 'nobody@kommun.test' })),
      ).rejects.toThrow(/not linked/);
    });

    it('refuses a wrong audience, an unknown user and a missing claim', async () => {
      await givenUser(
        t.dataSource,
        tenant.municipalityId,
        [{ unitId: tenant.units.ifo, role: 'ifo_caseworker' }],
        {
          externalSubject: 'bo@kommun.test',
        },
      );
      const wrongAudience = await idpToken({ upn: 'bo@kommun.test' }, 'another-app');
      await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${wrongAudience}`)
        .expect(401);
      const unknown = await idpToken({ upn: 'nobody@kommun.test' });
      const res = await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${unknown}`)
        .expect(401);
      expect(res.body.detail).toMatch(/not linked/);
      const noClaim = await idpToken({ sub: 'bo@kommun.test' });
      await request(t.server).get('/api/v1/auth/me').set('Authorization', `Bearer ${noClaim}`).expect(401);
    });

    it('refuses a token without exp or iat, or living longer than OIDC_MAX_TOKEN_LIFETIME_SECONDS', async () => {
      await givenUser(
        t.dataSource,
        tenant.municipalityId,
        [{ unitId: tenant.units.ifo, role: 'ifo_caseworker' }],
        { externalSubject: 'cecilia@kommun.test' },
      );
      const signed = (build: (jwt: SignJWT) => SignJWT) =>
        build(
          new SignJWT({ upn: 'cecilia@kommun.test' })
            .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
            .setIssuer(issuer)
            .setAudience('steg'),
        ).sign(privateKey);
      const me = (token: string) =>
        request(t.server).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
      const issuedAt = new Date('2026-03-16T07:55:00Z');

      // The control: two hours, the configured maximum, is accepted.
      await me(
        await signed((jwt) => jwt.setIssuedAt(issuedAt).setExpirationTime(new Date('2026-03-16T09:55:00Z'))),
      ).expect(200);

      const refused = {
        'no exp': await signed((jwt) => jwt.setIssuedAt(issuedAt)),
        'no iat': await signed((jwt) => jwt.setExpirationTime(new Date('2026-03-16T09:00:00Z'))),
        'a lifetime of three hours': await signed((jwt) =>
          jwt.setIssuedAt(issuedAt).setExpirationTime(new Date('2026-03-16T10:55:00Z')),
        ),
        expired: await signed((jwt) =>
          jwt
            .setIssuedAt(new Date('2026-03-16T06:00:00Z'))
            .setExpirationTime(new Date('2026-03-16T07:00:00Z')),
        ),
      };
      for (const [name, token] of Object.entries(refused)) {
        const res = await me(token);
        expect({ name, status: res.status, code: res.body.code }).toEqual({
          name,
          status: 401,
          code: 'UNAUTHENTICATED',
        });
      }
    });

    it("still accepts Steg's own tokens", async () => {
      await request(t.server)
        .get('/api/v1/auth/me')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
    });
  });

  describe('the sign-in strategies', () => {
    let t: TestApp;
    let tenant: Tenant;

    beforeAll(async () => {
      t = await startTestApp();
      tenant = await givenTenant(t.app);
    });
    afterAll(() => t.close());

    const givenKey = async (
      scopes: ApiKeyScope[],
      unitId: string | null,
    ): Promise<{ key: string; id: string }> => {
      const generated = generateApiKey();
      const { identifiers } = await t.dataSource.getRepository(ApiKeyEntity).insert({
        municipalityId: tenant.municipalityId,
        name: `sign-in ${generated.prefix}`,
        prefix: generated.prefix,
        secretHash: generated.secretHash,
        scopes,
        unitId,
        createdBy: tenant.users.admin.id,
      });
      return { key: generated.key, id: String(identifiers[0]?.id) };
    };

    it('refuses what it cannot sign in with the same 401 problem, saying why', async () => {
      const signInFirst = 'Sign in first: send Authorization: Bearer <token> or ApiKey <key>.';
      const useASupportedScheme = 'Use Authorization: Bearer <token> or Authorization: ApiKey <key>.';
      const cases: [name: string, authorization: string | undefined, detail: string][] = [
        ['no header', undefined, signInFirst],
        ['an unknown scheme', 'Basic dXNlcjpwYXNz', useASupportedScheme],
        ['another unknown scheme', 'Token abc.def', useASupportedScheme],
        ['Bearer without a token', 'Bearer', useASupportedScheme],
        ['ApiKey without a key', 'ApiKey   ', useASupportedScheme],
        ['a bearer token that is no JWT', 'Bearer not.a.jwt', 'The bearer token is not a JWT.'],
        ['a malformed API key', 'ApiKey steg_abc', 'The API key is malformed.'],
        ['an unknown API key', `ApiKey ${generateApiKey().key}`, 'The API key is unknown or revoked.'],
      ];
      for (const [name, authorization, detail] of cases) {
        const req = request(t.server).get('/api/v1/auth/me');
        const res = await (authorization === undefined ? req : req.set('Authorization', authorization));
        expect({
          name,
          status: res.status,
          type: res.headers['content-type'],
          challenge: res.headers['www-authenticate'],
          code: res.body.code,
          detail: res.body.detail,
        }).toEqual({
          name,
          status: 401,
          type: 'application/problem+json; charset=utf-8',
          challenge: undefined,
          code: 'UNAUTHENTICATED',
          detail,
        });
      }
    });

    it('signs in an API key (any case of the scheme) and notes its use at most once a minute', async () => {
      const { key, id } = await givenKey(['attendance:write'], tenant.units.site);
      const lastUsed = async () =>
        (
          await t.dataSource.query<{ last_used_at: Date | null }[]>(
            'SELECT last_used_at FROM api_keys WHERE id = $1',
            [id],
          )
        )[0]?.last_used_at;
      const start = t.clock.now();
      const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
      try {
        // Signed in (not 401), but a key has no user profile.
        await request(t.server).get('/api/v1/auth/me').set('Authorization', `apikey ${key}`).expect(403);
        expect(await lastUsed()).toEqual(start);
        t.clock.set(at(30));
        await request(t.server).get('/api/v1/auth/me').set('Authorization', `APIKEY ${key}`).expect(403);
        expect(await lastUsed()).toEqual(start);
        t.clock.set(at(90));
        await request(t.server).get('/api/v1/auth/me').set('Authorization', `ApiKey ${key}`).expect(403);
        expect(await lastUsed()).toEqual(at(90));

        await t.dataSource.query('UPDATE api_keys SET revoked_at = $2 WHERE id = $1', [id, at(90)]);
        const revoked = await request(t.server)
          .get('/api/v1/auth/me')
          .set('Authorization', `ApiKey ${key}`)
          .expect(401);
        expect(revoked.body.detail).toBe('The API key is unknown or revoked.');
      } finally {
        t.clock.set(start);
      }
    });

    it("signs in each kind through its Passport strategy, found by name in this app's Passport", async () => {
      const { key, id } = await givenKey(['statistics:read'], null);
      const coach = tenant.users.ame_coach;
      expect(await t.app.get(BearerStrategy).validate(coach.token)).toEqual({
        kind: 'user',
        userId: coach.id,
        municipalityId: tenant.municipalityId,
        username: coach.username,
        displayName: expect.any(String),
        memberships: [{ unitId: tenant.units.ame, role: 'ame_coach' }],
        permissions: [],
      });
      expect(await t.app.get(ApiKeyStrategy).validate(key)).toEqual({
        kind: 'api_key',
        apiKeyId: id,
        municipalityId: tenant.municipalityId,
        name: expect.stringMatching(/^sign-in /),
        scopes: ['statistics:read'],
        unitId: null,
      });
      await expect(t.app.get(BearerStrategy).validate('not.a.jwt')).rejects.toThrow(UnauthenticatedError);
      await expect(t.app.get(ApiKeyStrategy).validate('steg_abc')).rejects.toThrow(UnauthenticatedError);

      // The guard finds the strategies by name in this app's Passport: with the name 'api-key' given to
      // the bearer strategy, nothing reads an ApiKey header any more, and Bearer tokens still sign in.
      const passport = t.app.get(SignInPassport);
      passport.use('api-key', t.app.get(BearerStrategy));
      try {
        const unread = await request(t.server)
          .get('/api/v1/auth/me')
          .set('Authorization', `ApiKey ${key}`)
          .expect(401);
        expect(unread.body.detail).toBe('Use Authorization: Bearer <token> or Authorization: ApiKey <key>.');
        await request(t.server).get('/api/v1/auth/me').set('Authorization', coach.auth).expect(200);
      } finally {
        passport.use('api-key', t.app.get(ApiKeyStrategy));
      }
      await request(t.server).get('/api/v1/auth/me').set('Authorization', `ApiKey ${key}`).expect(403);
    });

    it('signs in with the strategies of its own app when two apps run in one process', async () => {
      // Two API nodes in one process, as in the database-fault tests: each has its own database
      // connections, clock and signing secret, so each must sign in with its own strategies.
      const nodeB = await startTestApp();
      const user = tenant.users.ame_coach;
      try {
        const tokenB = `Bearer ${await tokenFor(nodeB.app, user)}`;
        await request(t.server).get('/api/v1/auth/me').set('Authorization', user.auth).expect(200);
        await request(nodeB.server).get('/api/v1/auth/me').set('Authorization', tokenB).expect(200);
        await request(t.server).get('/api/v1/auth/me').set('Authorization', tokenB).expect(401);
        await request(nodeB.server).get('/api/v1/auth/me').set('Authorization', user.auth).expect(401);
      } finally {
        await nodeB.close();
      }
      await request(t.server).get('/api/v1/auth/me').set('Authorization', user.auth).expect(200);
    });
  });
});
