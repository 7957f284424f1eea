import { describe, expect, it } from 'vitest';
import { assessWarranty } from '../../../main/returns/warranty';

const now = new Date('2026-03-01T12:00:00Z');

describe('assessWarranty', () => {
  it('counts whole days since shipment', () => {
    expect(assessWarranty('2026-02-01T13:00:00Z', 30, now)).toEqual({ status: 'in-warranty', daysSinceShipment: 27, warrantyDays: 30 });
  });

  it('keeps the last day in warranty', () => {
    expect(assessWarranty('2026-01-30T12:00:00Z', 30, now).status).toBe('in-warranty');
    expect(assessWarranty('2026-01-29T12:00:00Z', 30, now).status).toBe('expired');
  });

  it('is unknown without a period', () => {
    expect(assessWarranty('2026-02-01T00:00:00Z', null, now)).toEqual({ status: 'unknown', daysSinceShipment: 28, warrantyDays: null });
  });

  it('is unknown without a shipment date', () => {
    expect(assessWarranty(null, 30, now)).toEqual({ status: 'unknown', daysSinceShipment: null, warrantyDays: 30 });
  });
});
