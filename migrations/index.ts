// The migration timeline, oldest first. Written by `npm run migration:generate -- <Name>`;
// a merged migration is never edited.
import { AccessParticipantsAudit1795419697501 } from './1795419697501-AccessParticipantsAudit';
import { Referrals1795420589652 } from './1795420589652-Referrals';
import { IdempotencyKeys1795420688778 } from './1795420688778-IdempotencyKeys';
import { InterventionsAndPlans1795421772821 } from './1795421772821-InterventionsAndPlans';
import { Attendance1795423129789 } from './1795423129789-Attendance';
import { AuditChains1795426845938 } from './1795426845938-AuditChains';
import { IdempotencyHolders1795430000000 } from './1795430000000-IdempotencyHolders';
import { EnrolmentStartCorrections1796318270033 } from './1796318270033-EnrolmentStartCorrections';
import { ImportedCaseHistory1796319537910 } from './1796319537910-ImportedCaseHistory';
import { ClosureCalendars1796320037108 } from './1796320037108-ClosureCalendars';
import { OutcomeFollowUpsAndAssistancePeriods1796409163073 } from './1796409163073-OutcomeFollowUpsAndAssistancePeriods';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  AccessParticipantsAudit1795419697501,
  Referrals1795420589652,
  IdempotencyKeys1795420688778,
  InterventionsAndPlans1795421772821,
  Attendance1795423129789,
  AuditChains1795426845938,
  IdempotencyHolders1795430000000,
  EnrolmentStartCorrections1796318270033,
  ImportedCaseHistory1796319537910,
  ClosureCalendars1796320037108,
  OutcomeFollowUpsAndAssistancePeriods1796409163073,
];
