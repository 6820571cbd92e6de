export * from './clock';
export * from './domain-error';
export * from './problem';
export * from './pagination';
export * from './identity-number';
export * from './safe-error';
export * from './calendar-date';
export * from './canonical-json';
