// The migration timeline, oldest first. `npm run migration:generate -- <Name>` adds new files and
// rewrites this list; a merged migration is never edited.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [];
