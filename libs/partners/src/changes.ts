/** Sets the fields that change and names them, sorted (undefined = not sent, left as it is). */
export function applyChanges<T extends object>(target: T, changes: Partial<T>): string[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(changes) as [keyof T, T[keyof T]][]) {
    if (value === undefined || target[key] === value) continue;
    target[key] = value;
    fields.push(String(key));
  }
  return fields.sort();
}
