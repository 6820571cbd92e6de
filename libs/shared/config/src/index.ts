export * from './steg-config';
