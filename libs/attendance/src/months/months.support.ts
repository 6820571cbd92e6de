import { hasPermission, Principal } from '@steg/http';

import { identityVisible, type Protection } from '@steg/participants';

export function identityShown(principal: Principal, protection: Protection): boolean {
  return identityVisible(protection, hasPermission(principal, 'protected_identity'));
}
