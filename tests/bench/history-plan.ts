import type { Address } from '../../main/api/contract';
import { productsPerClient } from './catalog';

/** One historic shipment: its client, lines (product index into the catalog, quantity) and fate. */
export interface PlannedShipment {
  readonly clientIndex: number;
  readonly lines: ReadonlyArray<{ readonly productIndex: number; readonly quantity: number }>;
  /** Finished shipments are shipped; the rest are still being packed, their units in cartons. */
  readonly finished: boolean;
  readonly shipTo: Address;
  readonly kind: 'customer-order' | 'fba-inbound';
}

// Share of the generated units that belong to finished (shipped) shipments.
const finishedShare = 0.95;
// Order share of each client, largest first, so the catalog and history are uneven as in a real 3PL.
const clientWeights: ReadonlyArray<number> = [0.4, 0.3, 0.2, 0.1];

const shipToAddresses: ReadonlyArray<Address> = [
  { name: 'Jürgen Müller', company: '', lines: ['Hauptstraße 5'], postcode: '10115', city: 'Berlin', region: '', country: 'DE', phone: '' },
  { name: 'Zoë Lefèvre', company: 'Atelier Éclair SARL', lines: ["12 rue de l'Église", 'Bâtiment B'], postcode: '69002', city: 'Lyon', region: '', country: 'FR', phone: '' },
  { name: 'Łukasz Wiśniewski', company: '', lines: ['ul. Piotrkowska 104/7'], postcode: '90-006', city: 'Łódź', region: '', country: 'PL', phone: '' },
  { name: 'Anna Svensson', company: 'Fjäll AB', lines: ['Storgatan 1'], postcode: '111 22', city: 'Stockholm', region: '', country: 'SE', phone: '' },
  { name: 'Amazon.de FBA', company: 'Amazon EU SARL', lines: ['Amazonstraße 1'], postcode: '04347', city: 'Leipzig', region: '', country: 'DE', phone: '' },
];

/** A small seeded generator (mulberry32), so every run builds the same history. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plans historic shipments until they hold `unitCount` units in total. Each has one to three
 * lines of one client's products, skewed towards a few best sellers, with 1 to 13 units each.
 */
export function* planShipments(unitCount: number, random: () => number): Generator<PlannedShipment> {
  let planned = 0;
  while (planned < unitCount) {
    const clientIndex = pickClient(random());
    const lineCount = 1 + Math.floor(random() * 3);
    const productIndexes = new Set<number>();
    while (productIndexes.size < lineCount) {
      productIndexes.add(clientIndex * productsPerClient + Math.floor(productsPerClient * random() ** 2));
    }

    const lines = [...productIndexes].map((productIndex) => {
      const quantity = Math.min(1 + Math.floor(random() ** 3 * 13), unitCount - planned);
      planned += quantity;
      return { productIndex, quantity };
    });
    const shipTo = shipToAddresses[Math.floor(random() * shipToAddresses.length)] ?? shipToAddresses[0];
    yield {
      clientIndex,
      lines: lines.filter((line) => line.quantity > 0),
      finished: planned <= unitCount * finishedShare,
      shipTo: shipTo as Address,
      kind: random() < 0.05 ? 'fba-inbound' : 'customer-order',
    };
  }
}

function pickClient(draw: number): number {
  let remaining = draw;
  for (const [index, weight] of clientWeights.entries()) {
    remaining -= weight;
    if (remaining < 0) {
      return index;
    }
  }
  return clientWeights.length - 1;
}
