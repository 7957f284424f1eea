import type { FnskuJobEntry } from '../../../main/labels/fnsku-sheet';

const words = ['Stainless', 'Bamboo', 'Organic', 'Wireless', 'Compact', 'Premium', 'Travel', 'Kitchen', 'Garden', 'Outdoor'];
const things = ['Water Bottle', 'Notebook', 'Charger', 'Cutting Board', 'Backpack', 'Lamp', 'Mug', 'Towel Set', 'Phone Case', 'Planter'];
const conditions = ['New', 'New', 'New', 'Used - Like New', 'Used - Very Good'];

/**
 * Builds the bench's mixed job: `distinct` FNSKUs with titles of 30 to 90 characters (some shortened
 * on the label), sharing `labels` labels as evenly as the division allows.
 */
export function mixedFnskuJob(labels: number, distinct: number): ReadonlyArray<FnskuJobEntry> {
  return Array.from({ length: distinct }, (_, index) => {
    const count = Math.floor(labels / distinct) + (index < labels % distinct ? 1 : 0);
    const title = `Acme ${words[index % words.length]} ${things[(index * 3) % things.length]}, ${index % 2 === 0 ? 'Midnight Blue, 750 ml, pack of 2 with carry loop' : 'A5'}`;
    return {
      label: { fnsku: `X00BENCH${String(index).padStart(2, '0')}`, title, condition: conditions[index % conditions.length] ?? 'New' },
      count,
    };
  }).filter((entry) => entry.count > 0);
}
