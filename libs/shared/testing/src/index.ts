export * from './test-env';
export * from './test-schema';
export * from './test-config';
export * from './builders';
export * from './referral-builders';
