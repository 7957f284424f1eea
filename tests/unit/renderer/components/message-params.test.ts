import { describe, expect, it } from 'vitest';
import { localizeTimeParams } from '../../../../renderer/src/components/message-params';

describe('localizeTimeParams', () => {
  it('shows an At timestamp localized', () => {
    const params = localizeTimeParams({ serial: 'HS000001', returnedAt: '2026-12-04T23:15:02.123Z' }, 'de');

    expect(params['returnedAt']).toBe(new Date('2026-12-04T23:15:02.123Z').toLocaleString('de'));
    expect(params['returnedAt']).not.toContain('T23');
    expect(params['serial']).toBe('HS000001');
  });

  it('keeps other params unchanged', () => {
    const params = localizeTimeParams({ reference: '2026-12-04T23:15:02Z', units: 3, shippedAt: 'not a time' }, 'en');

    expect(params).toEqual({ reference: '2026-12-04T23:15:02Z', units: 3, shippedAt: 'not a time' });
  });
});
