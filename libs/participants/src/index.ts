export * from './participants.module';
export * from './participants.service';
export * from './participant-facts';
export * from './participant-imports';
export * from './participant.errors';
export * from './domain/participant.types';
