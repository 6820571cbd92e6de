export * from './principal';
export * from './access.decorator';
export * from './actor.decorator';
export * from './etag';
export * from './validators';
export * from './page-query.dto';
