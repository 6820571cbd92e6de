// The participants context's tables as TypeORM entities: for the composition root (libs/core), the read
// models, entity relations, demo data and tests — never for another context's services, which ask
// this context's public face (index.ts) instead.
export * from './participant.entity';
import {
  ParticipantConsentEntity,
  ParticipantEntity,
  ParticipantIdentifierEntity,
} from './participant.entity';
export const PARTICIPANT_ENTITIES = [
  ParticipantEntity,
  ParticipantIdentifierEntity,
  ParticipantConsentEntity,
];
