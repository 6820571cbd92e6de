export * from './partners.module';
export * from './waiting-list/domain/waiting-list.rules';
export { WaitingListService } from './waiting-list/waiting-list.service';
