export * from './participants.module';
export * from './participants.service';
export * from './participant-facts';
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
// Moved to @steg/access (an access decision); re-exported until every context reads it there.
export { identityVisible, MASK } from '@steg/access';
