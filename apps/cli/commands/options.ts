const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An option that names a record by its id: a uuid, lower-cased as Steg stores ids, or a clear error. */
export function uuidOption(flag: string, what: string, value: string): string {
  if (!UUID.test(value)) throw new Error(`${flag} must be ${what} id (uuid)`);
  return value.toLowerCase();
}
