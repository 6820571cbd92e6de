export * from './attendance-months.module';
// For the read models (libs/read-models): the IFO caseworker's inbox of attendance reports.
export { participantDto } from './months.mapper';
export { MonthParticipantDto } from './dto/month-response.dto';
// For the work list (libs/read-models): whether a dialogue's decision may now be made.
export { mayDecide, type DialogueFacts } from './domain/dialogue.rules';
