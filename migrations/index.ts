// The migration timeline, oldest first. Written by `npm run migration:generate -- <Name>`;
// a merged migration is never edited.
import { AccessParticipantsAudit1795419697501 } from './1795419697501-AccessParticipantsAudit';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [AccessParticipantsAudit1795419697501];
