import type Database from 'better-sqlite3';
import type { Address, PackView } from '../api/contract';
import { findProductById } from '../store/catalog-lookup';
import { findOpenCarton, listCartonsOfShipment, type CartonWithCount } from '../store/cartons';
import { findPendingProductId } from '../store/scan-gestures';
import { findShipmentById, listShipmentLines } from '../store/shipments';
import { listUnitsInCarton } from '../store/units';

const emptyAddress: Address = { name: '', company: '', lines: [], postcode: '', city: '', region: '', country: '' , phone: '' };

function cartonView(carton: CartonWithCount): PackView['cartons'][number] {
  return {
    cartonId: carton.id,
    number: carton.number,
    sscc: carton.sscc,
    status: carton.status,
    weightGrams: carton.weightGrams,
    unitCount: carton.unitCount,
  };
}

/**
 * Reads what the packing screen shows for a shipment at this station: lines with packed
 * quantities, cartons, the open carton's units and the product waiting for its serial.
 * Returns undefined for an unknown shipment id.
 */
export function readPackView(db: Database.Database, stationId: string, shipmentId: number): PackView | undefined {
  const shipment = findShipmentById(db, shipmentId);
  if (shipment === undefined) {
    return undefined;
  }

  const cartons = listCartonsOfShipment(db, shipmentId);
  const open = findOpenCarton(db, shipmentId);
  const openCarton = cartons.find((carton) => carton.id === open?.id);
  const skuOf = new Map(listShipmentLines(db, shipmentId).map((line) => [line.productId, line] as const));
  const pendingProductId = shipment.status === 'open' ? findPendingProductId(db, stationId, shipmentId) : null;
  const pendingProduct = pendingProductId === null ? undefined : findProductById(db, pendingProductId);

  return {
    shipment: {
      shipmentId: shipment.id,
      reference: shipment.reference,
      clientCode: shipment.clientCode,
      clientName: shipment.clientName,
      kind: shipment.kind,
      status: shipment.status,
      shipTo: { ...emptyAddress, ...shipment.shipTo },
    },
    lines: [...skuOf.values()].map((line) => ({
      lineId: line.lineId,
      productId: line.productId,
      sku: line.sku,
      title: line.title,
      gtin: line.gtin,
      serialTracked: line.serialTracked,
      quantityExpected: line.quantityExpected,
      quantityPacked: line.quantityPacked,
    })),
    cartons: cartons.map(cartonView),
    openCarton: openCarton === undefined ? null : cartonView(openCarton),
    openCartonUnits:
      open === undefined
        ? []
        : listUnitsInCarton(db, open.id).map((unit) => ({
            unitId: unit.id,
            sku: skuOf.get(unit.productId)?.sku ?? '',
            serial: unit.serial,
            packedAt: unit.updatedAt,
          })),
    pendingProduct:
      pendingProduct === undefined ? null : { productId: pendingProduct.id, sku: pendingProduct.sku, title: pendingProduct.title },
  };
}
