import { PageQuery } from '@steg/http';

/** The admin lists page like every other list. */
export class AdminListQuery extends PageQuery {}
