import type { Address } from '../../main/api/contract';
import { computeGs1CheckDigit } from '../../main/gs1/check-digit';

/** A client of the generated store, with the GS1 company prefix its SSCCs and GTINs use. */
export interface BenchClient {
  readonly code: string;
  readonly name: string;
  readonly gs1CompanyPrefix: string;
  readonly shipFrom: Address;
}

/** A product of the generated catalog. Its serials are two letters and eight digits. */
export interface BenchProduct {
  readonly clientCode: string;
  readonly sku: string;
  /** GTIN-14, as the store keeps it. */
  readonly gtin: string;
  readonly title: string;
  readonly serialLetters: string;
  readonly weightGrams: number;
}

export const productsPerClient = 50;

/**
 * First serial number of the units the bench scans. The history numbers each product's serials
 * from 1, so below 50 million historic units per product these serials are always new.
 */
export const firstFreshSerialNumber = 50_000_000;

const warehouse = (name: string): Address => ({
  name,
  company: name,
  lines: ['Lagerstraße 12', 'Halle 3'],
  postcode: '04129',
  city: 'Leipzig',
  region: '',
  country: 'DE',
  phone: '',
});

// The 950 prefix range belongs to GS1 Global Office rather than to a brand owner, like the
// 9506000 prefix of the demo client.
export const benchClients: ReadonlyArray<BenchClient> = [
  { code: 'NORD', name: 'Nordlicht Outdoor', gs1CompanyPrefix: '9506011', shipFrom: warehouse('Nordlicht Outdoor c/o Packtrace 3PL') },
  { code: 'KAFFEE', name: 'Kaffeehaus Müller', gs1CompanyPrefix: '9506012', shipFrom: warehouse('Kaffeehaus Müller c/o Packtrace 3PL') },
  { code: 'PIXEL', name: 'Pixel Foto Sp. z o.o.', gs1CompanyPrefix: '9506013', shipFrom: warehouse('Pixel Foto c/o Packtrace 3PL') },
  { code: 'VELO', name: 'Vélo Atelier SARL', gs1CompanyPrefix: '9506014', shipFrom: warehouse('Vélo Atelier c/o Packtrace 3PL') },
];

/** Builds the catalog: `productsPerClient` products per client, each with its own GTIN and serial letters. */
export function buildBenchCatalog(): ReadonlyArray<BenchProduct> {
  return benchClients.flatMap((client, clientIndex) =>
    Array.from({ length: productsPerClient }, (_, index) => {
      const itemReference = String(index + 1).padStart(5, '0');
      const gtin13 = `${client.gs1CompanyPrefix}${itemReference}`;
      const productNumber = clientIndex * productsPerClient + index;
      return {
        clientCode: client.code,
        sku: `${client.code}-${String(index + 1).padStart(3, '0')}`,
        gtin: `0${gtin13}${computeGs1CheckDigit(gtin13)}`,
        title: `${client.name} article ${index + 1}`,
        serialLetters: lettersOf(productNumber),
        weightGrams: 150 + ((productNumber * 37) % 2400),
      };
    }),
  );
}

function lettersOf(productNumber: number): string {
  const letter = (value: number): string => String.fromCharCode(65 + (value % 26));
  return `${letter(Math.floor(productNumber / 26))}${letter(productNumber)}`;
}

/** The serial of a product's n-th unit, e.g. `AB00000042`. */
export function serialOf(product: BenchProduct, serialNumber: number): string {
  return `${product.serialLetters}${String(serialNumber).padStart(8, '0')}`;
}

/** The catalog as a product CSV in the format the importer reads. */
export function catalogCsv(products: ReadonlyArray<BenchProduct>): string {
  const header = 'client,sku,gtin,title,serial_tracked,serial_pattern,weight_grams';
  const rows = products.map(
    (product) => `${product.clientCode},${product.sku},${product.gtin},${product.title},true,^${product.serialLetters}[0-9]{8}$,${product.weightGrams}`,
  );
  return [header, ...rows].join('\n');
}
