import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { UserPrincipal } from '@steg/http';
import { UnauthenticatedError } from '../access.errors';
import { StaffPrincipalsService } from '../staff-principals.service';
import { AuthorizationSchemeStrategy, SignInPassport } from './sign-in.passport';
import { TokenService } from './token.service';

/**
 * `Authorization: Bearer <jwt>`: Steg's own tokens and the municipality's OIDC tokens, told apart and
 * verified with jose by TokenService (issuer, audience, expiry and the token-lifetime rule). The user
 * is then read fresh from the database, roles included, so a revocation bites at once.
 */
@Injectable()
export class BearerStrategy extends PassportStrategy(AuthorizationSchemeStrategy, 'bearer') {
  constructor(
    signInPassport: SignInPassport,
    private readonly tokens: TokenService,
    private readonly principals: StaffPrincipalsService,
  ) {
    super('bearer', signInPassport);
  }

  /** Where PassportStrategy registers this strategy: this app's Passport (see SignInPassport). */
  getPassportInstance(): SignInPassport {
    return this.signInPassport;
  }

  async validate(token: string): Promise<UserPrincipal> {
    const verified = await this.tokens.verify(token);
    const user =
      verified.kind === 'local'
        ? await this.principals.byId(verified.userId, verified.municipalityId)
        : await this.principals.byExternalSubject(verified.subject);
    if (!user) {
      throw new UnauthenticatedError(
        verified.kind === 'oidc'
          ? 'Your identity provider account is not linked to an active Steg user.'
          : 'The user behind this token is no longer active.',
      );
    }
    return user;
  }
}
