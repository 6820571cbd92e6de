export * from './partners.module';
export * from './sip/sips.service';
export * from './sip/sip.errors';
export * from './sip/domain/sip.types';
export * from './sip/domain/sip.rules';
export * from './waiting-list/domain/waiting-list.rules';
export { WaitingListService } from './waiting-list/waiting-list.service';
