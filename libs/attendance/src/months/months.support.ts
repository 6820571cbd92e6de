import { identityVisible, mayUnmask, type ProtectionLevel } from '@steg/access';
import type { Principal } from '@steg/http';

/** Whether a listed person's identity is shown to the caller (the inbox list, which reads outside the gate). */
export function identityShown(principal: Principal, protection: ProtectionLevel): boolean {
  return identityVisible(protection, mayUnmask(principal));
}
