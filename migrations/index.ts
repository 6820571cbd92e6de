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
import { BipAssessments1796405776601 } from './1796405776601-BipAssessments';
import { PartnersAgreements1796405782125 } from './1796405782125-PartnersAgreements';
import { Deviations1796405985954 } from './1796405985954-Deviations';
import { ParticipantSurvey1796406162876 } from './1796406162876-ParticipantSurvey';
import { FundingAndWaitingLists1796406311706 } from './1796406311706-FundingAndWaitingLists';
import { SipCoordinatedIndividualPlans1796407164737 } from './1796407164737-SipCoordinatedIndividualPlans';
import { OutcomeFollowUpsAndAssistancePeriods1796409163073 } from './1796409163073-OutcomeFollowUpsAndAssistancePeriods';
import { FundingPeriodsSupersede1796410639638 } from './1796410639638-FundingPeriodsSupersede';
import { MunicipalityPopulations1796416153441 } from './1796416153441-MunicipalityPopulations';
import { ReportingRuns1796416304924 } from './1796416304924-ReportingRuns';
import { AttendancePeriodIndex1796417000000 } from './1796417000000-AttendancePeriodIndex';
import { ReportingRunRecordKey1796418000000 } from './1796418000000-ReportingRunRecordKey';

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
  BipAssessments1796405776601,
  PartnersAgreements1796405782125,
  Deviations1796405985954,
  ParticipantSurvey1796406162876,
  FundingAndWaitingLists1796406311706,
  SipCoordinatedIndividualPlans1796407164737,
  OutcomeFollowUpsAndAssistancePeriods1796409163073,
  FundingPeriodsSupersede1796410639638,
  MunicipalityPopulations1796416153441,
  ReportingRuns1796416304924,
  AttendancePeriodIndex1796417000000,
  ReportingRunRecordKey1796418000000,
];
