import { describe, expect, it } from 'vitest';
import { cartonIdentifier, unitIdentifier } from '../../../../main/exports/epcis/identifiers';

const camera = { gtin: '09506011000011', companyPrefix: '9506011', clientCode: 'NORD', sku: 'CAM-1' };

describe('unitIdentifier', () => {
  it('builds an SGTIN under the own prefix', () => {
    expect(unitIdentifier({ ...camera, serial: 'SN000457' })).toEqual({ uri: 'urn:epc:id:sgtin:9506011.000001.SN000457', scheme: 'epc-uri' });
  });

  it('keeps the indicator digit first', () => {
    const unit = unitIdentifier({ ...camera, gtin: '19506011000018', serial: 'A1' });

    expect(unit.uri).toBe('urn:epc:id:sgtin:9506011.100001.A1');
  });

  it('escapes reserved serial characters', () => {
    expect(unitIdentifier({ ...camera, serial: 'A/1&2%"<>?' }).uri).toBe('urn:epc:id:sgtin:9506011.000001.A%2F1%262%25%22%3C%3E%3F');
  });

  it('falls back to Digital Link for other brands', () => {
    const unit = unitIdentifier({ ...camera, gtin: '04012345000016', serial: 'L 42' });

    expect(unit).toEqual({ uri: 'https://id.gs1.org/01/04012345000016/21/L%2042', scheme: 'digital-link' });
  });

  it('falls back to Digital Link without a prefix', () => {
    expect(unitIdentifier({ ...camera, companyPrefix: null, serial: 'X1' }).scheme).toBe('digital-link');
  });

  it('falls back for serials outside AI 82', () => {
    expect(unitIdentifier({ ...camera, serial: 'Zähler-1' }).uri).toBe('https://id.gs1.org/01/09506011000011/21/Z%C3%A4hler-1');
    expect(unitIdentifier({ ...camera, serial: 'X'.repeat(21) }).scheme).toBe('digital-link');
  });

  it('uses a private URI without a GTIN', () => {
    expect(unitIdentifier({ ...camera, gtin: null, serial: 'ST 9' })).toEqual({ uri: 'urn:packtrace:unit:NORD:CAM-1:ST%209', scheme: 'private' });
  });
});

describe('cartonIdentifier', () => {
  it('builds an SSCC EPC URI', () => {
    expect(cartonIdentifier('195060110000000018', '9506011')).toEqual({ uri: 'urn:epc:id:sscc:9506011.1000000001', scheme: 'epc-uri' });
  });

  it('falls back to Digital Link', () => {
    expect(cartonIdentifier('195060110000000018', null)).toEqual({ uri: 'https://id.gs1.org/00/195060110000000018', scheme: 'digital-link' });
    expect(cartonIdentifier('195060110000000018', '4012345')).toEqual({ uri: 'https://id.gs1.org/00/195060110000000018', scheme: 'digital-link' });
  });
});
