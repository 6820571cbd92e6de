export * from './test-env';
export * from './test-schema';
export * from './test-config';
export * from './builders';
export * from './referral-builders';
export * from './plan-builders';
export * from './intervention-builders';
