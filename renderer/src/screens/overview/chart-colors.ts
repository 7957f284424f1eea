/**
 * One fill per unit status, so a status keeps its colour across charts. Warehouse states are
 * blues and greens, outbound ones greys, and states that need attention (hold, missing) warm.
 */
export const statusColors: Readonly<Record<string, string>> = {
  received: '#7fb3d5',
  'in-stock': '#2e86c1',
  packed: '#48c9b0',
  shipped: '#aab7b8',
  returned: '#f5b041',
  graded: '#af7ac5',
  'in-refurbishment': '#5d6d7e',
  'returned-to-vendor': '#85929e',
  disposed: '#616a6b',
  hold: '#e74c3c',
  missing: '#d35400',
};

export const fallbackColor = '#95a5a6';

/** Orders statuses as a unit moves through them, with unknown ones last. */
export const statusOrder: ReadonlyArray<string> = Object.keys(statusColors);
