export * from './participants.module';
export * from './participants.service';
export * from './participant.entity';
export * from './participant.errors';
export * from './domain/participant.types';
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
export * from './demo/participants.seed';
export { identityVisible } from './domain/participant.rules';
