/**
 * The credential after `scheme` (lower case) in an Authorization header: the scheme in any case,
 * separated by white space from one credential; undefined if the header names another scheme.
 */
export function credentialOf(authorization: string | undefined, scheme: string): string | undefined {
  if (!authorization) return undefined;
  const [given, credential] = authorization.trim().split(/\s+/, 2);
  return given?.toLowerCase() === scheme && credential ? credential : undefined;
}
