import { Body, Controller, ExecutionContext, Get, HttpCode, Post, SetMetadata } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor, Public, ROLES } from '@steg/http';
import { ForbiddenError } from '../access.errors';
import { LoginDto, MeDto, TokenDto } from '../dto/login.dto';
import { AuthenticationService } from './authentication.service';
import { DirectoryService } from '../directory.service';

/** Name of the stricter throttler that counts sign-in attempts (see app.module.ts). */
export const LOGIN_THROTTLE = 'login';
const LOGIN_ROUTE = 'steg:login-route';

/** For the login throttler's skipIf: it counts only routes marked as sign-in routes. */
export function isLoginRoute(context: ExecutionContext): boolean {
  return Reflect.getMetadata(LOGIN_ROUTE, context.getHandler()) === true;
}

/**
 * Counts a public route against the sign-in throttler: a route that takes a secret in place of a
 * sign-in (a one-time survey link's token) must not let anyone guess at the login's pace.
 */
export function ThrottledAsSignIn(): MethodDecorator {
  return SetMetadata(LOGIN_ROUTE, true);
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly directory: DirectoryService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @SetMetadata(LOGIN_ROUTE, true)
  @ApiOperation({
    summary: 'Sign in with username and password (inloggning)',
    description:
      'Returns a short-lived JWT. An unknown user and a wrong password get the same 401 answer. ' +
      'Rate-limited per client address (LOGIN_RATE_LIMIT_PER_MINUTE).',
  })
  @ApiOkResponse({ type: TokenDto })
  async login(@Body() body: LoginDto): Promise<TokenDto> {
    const { accessToken, expiresIn } = await this.authentication.login(body.username, body.password);
    return { accessToken, tokenType: 'Bearer', expiresIn };
  }

  @Get('me')
  @Access({ roles: ROLES })
  @ApiOperation({ summary: 'The signed-in user: units, roles and permissions' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    if (actor.principal.kind !== 'user') throw new ForbiddenError('API keys have no user profile.');
    return this.directory.describeUser(actor.principal);
  }
}
