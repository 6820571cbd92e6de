export * from './partners.module';
export * from './sip/sips.service';
export * from './sip/sip.errors';
export * from './sip/domain/sip.types';
export * from './sip/domain/sip.rules';
