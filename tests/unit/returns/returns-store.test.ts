import { describe, expect, it } from 'vitest';
import { openReturn } from '../../../main/returns/open-return';
import { findReturnsByText } from '../../../main/returns/returns-store';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { useTempDir } from '../../support/temp-dir';
import { createReturnsFixture, requireOk } from './returns-fixture';

describe('findReturnsByText', () => {
  const tempDir = useTempDir();

  function openWithReference(reference: string) {
    const fixture = createReturnsFixture(tempDir());
    const returnId = requireOk(
      inWriteTransaction(fixture.db, () =>
        openReturn(fixture.db, fixture.actor, { clientId: fixture.clientId, referenceKind: 'amazon-return', reference, orderReference: null, trackingNumber: null, source: 'on-the-spot', lines: [] }),
      ),
    );
    return { fixture, returnId };
  }

  it('finds a reference typed in lower case', () => {
    const { fixture, returnId } = openWithReference('LPNRR100000001');

    expect(findReturnsByText(fixture.db, 'lpnrr100000001').map((row) => row.id)).toEqual([returnId]);
    fixture.db.close();
  });

  it('finds a reference scanned with invisible characters', () => {
    const { fixture, returnId } = openWithReference('LPNRR100000001');

    expect(findReturnsByText(fixture.db, '\ufeffLPNRR100000001\u200b\r').map((row) => row.id)).toEqual([returnId]);
    fixture.db.close();
  });

  it('prefers the exact reference over another case', () => {
    const { fixture, returnId } = openWithReference('DtAAAKx5AAAA');
    // Two clients may hold references that differ only in case, so an exact match is listed alone.
    const other = requireOk(
      inWriteTransaction(fixture.db, () =>
        openReturn(fixture.db, fixture.actor, { clientId: fixture.betaClientId, referenceKind: 'amazon-return', reference: 'DTAAAKX5AAAA', orderReference: null, trackingNumber: null, source: 'on-the-spot', lines: [] }),
      ),
    );

    expect(findReturnsByText(fixture.db, 'DtAAAKx5AAAA').map((row) => row.id)).toEqual([returnId]);
    expect(findReturnsByText(fixture.db, 'dtaaakx5aaaa').map((row) => row.id)).toEqual([other, returnId]);
    fixture.db.close();
  });
});
