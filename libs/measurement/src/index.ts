export * from './measurement.module';
export * from './outcome/domain/outcome-follow-up.rules';
export * from './outcome/domain/subsidised-period.rules';
export * from './assistance/domain/assistance-period.rules';
export { OutcomeFollowUpSettingsService } from './outcome/outcome-follow-up-settings.service';
export { OutcomeFollowUpsService } from './outcome/outcome-follow-ups.service';
export { AssistancePeriodsService } from './assistance/assistance-periods.service';
