import type { IncomingHttpHeaders } from 'node:http';
import { Injectable } from '@nestjs/common';
import passport from 'passport';
import type { Principal } from '@steg/http';
import { UnauthenticatedError } from '../access.errors';
import { credentialOf } from './authorization-header.rules';

/** The strategies a request may sign in with, tried in this order (see bearer/api-key.strategy.ts). */
const SIGN_IN_STRATEGIES = ['bearer', 'api-key'];

/** What Passport's authenticate() returns: a Connect-style middleware (its types leave it `any`). */
type AuthenticateMiddleware = (request: SignInRequest, reply: unknown, next: (error?: Error) => void) => void;
/** What the strategies read of a request. */
type SignInRequest = { headers: IncomingHttpHeaders };
const Authenticator = passport.Authenticator as new () => passport.Authenticator<
  unknown,
  AuthenticateMiddleware
>;

/**
 * This app's Passport: the strategies register here, and the global guard authenticates here.
 * Not the `passport` module's default instance: that registry is one per process, and a process may
 * run more than one app (the API tests start a second node beside the first), each with its own
 * database connections, clock and signing secret; with one registry the app started last would sign
 * in the requests of all of them.
 */
@Injectable()
export class SignInPassport extends Authenticator {
  /**
   * Runs the request through the sign-in strategies. The one whose scheme the Authorization header
   * names decides; if none does, or it refuses, the answer is UnauthenticatedError (401).
   */
  signIn(request: SignInRequest, reply: unknown): Promise<Principal> {
    return new Promise((resolve, reject) => {
      const authenticate = this.authenticate(
        SIGN_IN_STRATEGIES,
        { session: false },
        (error: Error | null, principal: Principal | false, challenges: unknown[]) => {
          if (error) reject(error);
          else if (principal) resolve(principal);
          else reject(refusal(request.headers.authorization, challenges));
        },
      );
      // Passport calls next only for a strategy that passes without deciding; ours never do.
      authenticate(request, reply, (error) =>
        reject(error ?? new Error('A sign-in strategy neither accepted nor refused the request.')),
      );
    });
  }
}

/** The refusal to answer: the reason of the strategy that recognised the scheme, if one did. */
function refusal(authorization: string | undefined, challenges: unknown[]): UnauthenticatedError {
  const reason = challenges.find((challenge) => challenge instanceof UnauthenticatedError);
  if (reason) return reason;
  if (!authorization) return new UnauthenticatedError();
  return new UnauthenticatedError('Use Authorization: Bearer <token> or Authorization: ApiKey <key>.');
}

type Verify = (credential: string, done: (error: unknown, principal?: Principal | null) => void) => void;

/**
 * A Passport strategy for one scheme of the Authorization header. A header with another scheme is
 * not its to judge: it fails without a reason, and Passport tries the next strategy. A credential of
 * its scheme is handed to `verify` (the `validate` of the PassportStrategy class built on this): an
 * UnauthenticatedError is a refusal with that reason; any other error (the database is down) is
 * Passport's `error`, which stops the chain and reaches the problem filter unchanged (503, 500).
 */
export class AuthorizationSchemeStrategy extends passport.Strategy {
  constructor(
    private readonly scheme: string,
    /** Read by each strategy's getPassportInstance(), which PassportStrategy calls to register it. */
    protected readonly signInPassport: SignInPassport,
    private readonly verify: Verify,
  ) {
    super();
  }

  override authenticate(request: SignInRequest): void {
    const credential = credentialOf(request.headers.authorization, this.scheme);
    if (credential === undefined) return this.fail();
    this.verify(credential, (error, principal) => {
      if (error instanceof UnauthenticatedError) this.fail(error);
      else if (error) this.error(error);
      else if (principal) this.success(principal);
      else this.fail(new UnauthenticatedError());
    });
  }
}
