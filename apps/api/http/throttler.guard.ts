import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * @nestjs/throttler names its headers after the throttler that set them, so a refused login said
 * `Retry-After-login`, which no client or proxy knows. The wait belongs in the standard
 * `Retry-After` (RFC 9110, in seconds) whichever throttler refused; the X-RateLimit-* headers keep
 * their names.
 */
@Injectable()
export class StegThrottlerGuard extends ThrottlerGuard {
  protected override setResponseHeader(
    res: Record<string, unknown>,
    name: string,
    value: string | number,
  ): void {
    super.setResponseHeader(res, /^retry-after-/i.test(name) ? 'Retry-After' : name, value);
  }
}
