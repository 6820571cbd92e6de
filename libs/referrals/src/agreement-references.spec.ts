import type { EntityManager } from 'typeorm';
import { AgreementInvalidError, AgreementReferences } from './agreement-references';

// The port never touches the manager itself: it hands it to the registered lookup.
const manager = {} as EntityManager;
const KNOWN = { municipalityId: 'm-1', agreementId: 'a-1' };

describe('AgreementReferences', () => {
  const registered = () => {
    const refs = new AgreementReferences();
    refs.register((_m, municipalityId, agreementId) =>
      Promise.resolve(municipalityId === KNOWN.municipalityId && agreementId === KNOWN.agreementId),
    );
    return refs;
  };

  it.each([null, undefined])('names no agreement with %s: nothing to check', async (agreementId) => {
    await expect(new AgreementReferences().require(manager, 'm-1', agreementId)).resolves.toBeUndefined();
  });

  it('accepts an agreement of the municipality', async () => {
    await expect(registered().require(manager, 'm-1', 'a-1')).resolves.toBeUndefined();
  });

  it.each([
    ['an unknown id', 'm-1', 'a-2'],
    ["another municipality's", 'm-2', 'a-1'],
  ])('refuses %s with 422 AGREEMENT_INVALID naming the field', async (_what, municipalityId, agreementId) => {
    const error = await registered()
      .require(manager, municipalityId, agreementId)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgreementInvalidError);
    expect(error).toMatchObject({
      code: 'AGREEMENT_INVALID',
      kind: 'unprocessable',
      details: { errors: [{ field: 'agreementId', rule: 'agreementId.known' }] },
    });
  });

  it('refuses every agreement while no lookup is registered (never stores one blind)', async () => {
    await expect(new AgreementReferences().require(manager, 'm-1', 'a-1')).rejects.toBeInstanceOf(
      AgreementInvalidError,
    );
  });
});
