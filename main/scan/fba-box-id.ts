/** An Amazon FBA box ID: the inbound shipment ID, "U", and a six-digit box number. */
export interface FbaBoxId {
  /** Amazon FBA shipment ID such as "FBA15ABCDE12". */
  readonly shipmentId: string;
  /** Box number within the shipment, starting at 1. */
  readonly boxNumber: number;
}

// Amazon shipment IDs are "FBA" and about nine letters and digits; eight to ten are accepted.
const FBA_BOX_ID_PATTERN = /^(FBA[0-9A-Z]{8,10})U(\d{6})$/;

/** Reads an FBA box ID such as "FBA15ABCDE12U000001", or returns null when the text is not one. */
export function parseFbaBoxId(text: string): FbaBoxId | null {
  const match = FBA_BOX_ID_PATTERN.exec(text.toUpperCase());
  if (match === null) {
    return null;
  }

  const boxNumber = Number(match[2]);
  if (boxNumber < 1) {
    return null;
  }
  return { shipmentId: match[1] ?? '', boxNumber };
}

/** Formats the box ID printed on an FBA box label, such as "FBA15ABCDE12U000001". */
export function formatFbaBoxId(boxId: FbaBoxId): string {
  return `${boxId.shipmentId}U${String(boxId.boxNumber).padStart(6, '0')}`;
}
