import { describe, expect, it } from 'vitest';
import { buildBoxContentPayload, maxBoxContentItems } from '../../../main/fba/box-content';

describe('buildBoxContentPayload', () => {
  it('lists FNSKU and quantity', () => {
    const payload = buildBoxContentPayload('FBA15ABCDE12', [
      { fnsku: 'X00ABC1234', quantity: 12 },
      { fnsku: 'X002K3ZQ9L', quantity: 3 },
    ]);
    expect(payload).toEqual({ ok: true, value: 'AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:12,FNSKU:X002K3ZQ9L,QTY:3' });
  });

  it('upper-cases and strips spaces', () => {
    const payload = buildBoxContentPayload(' fba15abcde12 ', [{ fnsku: ' x00abc1234 ', quantity: 1 }]);
    expect(payload).toEqual({ ok: true, value: 'AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:1' });
  });

  it('merges lines of one FNSKU', () => {
    const payload = buildBoxContentPayload('FBA15ABCDE12', [
      { fnsku: 'X00ABC1234', quantity: 2 },
      { fnsku: 'X002K3ZQ9L', quantity: 1 },
      { fnsku: 'x00abc1234', quantity: 5 },
    ]);
    expect(payload).toEqual({ ok: true, value: 'AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:7,FNSKU:X002K3ZQ9L,QTY:1' });
  });

  it('leaves out zero quantities', () => {
    const payload = buildBoxContentPayload('FBA15ABCDE12', [
      { fnsku: 'X00ABC1234', quantity: 0 },
      { fnsku: 'X002K3ZQ9L', quantity: 4 },
    ]);
    expect(payload).toEqual({ ok: true, value: 'AMZN,PO:FBA15ABCDE12,FNSKU:X002K3ZQ9L,QTY:4' });
  });

  it('adds the expiry after the quantity', () => {
    const payload = buildBoxContentPayload('FBA15ABCDE12', [{ fnsku: 'X00ABC1234', quantity: 6, expiry: '271231' }]);
    expect(payload).toEqual({ ok: true, value: 'AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:6,EXP:271231' });
  });

  it('rejects an empty box', () => {
    const payload = buildBoxContentPayload('FBA15ABCDE12', [{ fnsku: 'X00ABC1234', quantity: 0 }]);
    expect(payload).toEqual({ ok: false, error: { code: 'fba-box-empty' } });
  });

  it('accepts exactly 100 items', () => {
    const lines = Array.from({ length: maxBoxContentItems }, (_, index) => ({ fnsku: `X00${String(index).padStart(7, '0')}`, quantity: 1 }));
    const payload = buildBoxContentPayload('FBA15ABCDE12', lines);
    expect(payload.ok).toBe(true);
  });

  it('rejects 101 items', () => {
    const lines = Array.from({ length: maxBoxContentItems + 1 }, (_, index) => ({ fnsku: `X00${String(index).padStart(7, '0')}`, quantity: 1 }));
    const payload = buildBoxContentPayload('FBA15ABCDE12', lines);
    expect(payload).toEqual({ ok: false, error: { code: 'fba-box-too-many-items', items: 101, maximum: 100 } });
  });

  it.each([-1, 1.5, Number.NaN])('rejects quantity %d', (quantity) => {
    const payload = buildBoxContentPayload('FBA15ABCDE12', [{ fnsku: 'X00ABC1234', quantity }]);
    expect(payload.ok).toBe(false);
    if (payload.ok) return;
    expect(payload.error.code).toBe('fba-box-quantity-invalid');
  });

  it('rejects a malformed FNSKU', () => {
    const payload = buildBoxContentPayload('FBA15ABCDE12', [{ fnsku: 'X00ABC123', quantity: 1 }]);
    expect(payload.ok).toBe(false);
    if (payload.ok) return;
    expect(payload.error.code).toBe('fba-box-fnsku-invalid');
  });

  it('rejects a malformed shipment ID', () => {
    const payload = buildBoxContentPayload('FBA 15ABCDE12', [{ fnsku: 'X00ABC1234', quantity: 1 }]);
    expect(payload.ok).toBe(false);
    if (payload.ok) return;
    expect(payload.error.code).toBe('fba-shipment-id-invalid');
  });

  it('rejects an impossible expiry', () => {
    const payload = buildBoxContentPayload('FBA15ABCDE12', [{ fnsku: 'X00ABC1234', quantity: 1, expiry: '271332' }]);
    expect(payload.ok).toBe(false);
    if (payload.ok) return;
    expect(payload.error.code).toBe('fba-box-expiry-invalid');
  });
});
