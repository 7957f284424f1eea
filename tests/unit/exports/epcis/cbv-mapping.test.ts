import { describe, expect, it } from 'vitest';
import { epcisMappingFor, eventTypesWithoutEpcis } from '../../../../main/exports/epcis/cbv-mapping';

describe('CBV mapping', () => {
  it('maps unshipping to void_shipping', () => {
    expect(epcisMappingFor('unit-unshipped')).toEqual({ eventType: 'ObjectEvent', action: 'OBSERVE', subject: 'unit', bizStep: 'void_shipping', disposition: 'in_progress' });
  });

  it('leaves out shipment reopening', () => {
    expect(epcisMappingFor('shipment-reopened')).toBeUndefined();
    expect(eventTypesWithoutEpcis).toContain('shipment-reopened');
  });

  it.each(['operator-created', 'operator-role-changed', 'operator-activated', 'operator-deactivated', 'operator-pin-reset', 'operator-badge-issued', 'idle-lock-changed'])(
    'leaves out operator event %s',
    (type) => {
      expect(epcisMappingFor(type)).toBeUndefined();
      expect(eventTypesWithoutEpcis).toContain(type);
    },
  );
});
