export * from './measurement.module';
export * from './bip/bip-assessments.service';
export * from './bip/bip-settings.service';
export * from './bip/bip.errors';
export * from './bip/domain/bip.rules';
