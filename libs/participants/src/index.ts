export * from './participants.module';
export * from './participants.service';
export * from './participant-facts';
export * from './participant.errors';
export * from './domain/participant.types';

// Moved to @steg/access (an access decision); re-exported until every context reads it there.
export { identityVisible, MASK } from '@steg/access';
