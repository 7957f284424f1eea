import { assertNever } from '../core/assert';
import type { FbaBoxLabelError } from '../labels/fba-box-label';
import type { FnskuSheetError } from '../labels/fnsku-sheet';
import type { FbaBoxError } from './fba-boxes';

function mm(value: number): string {
  return `${value.toFixed(1)} mm`;
}

/**
 * Describes an FNSKU label, FBA box or box label failure in English for the command line and the
 * log, with the value at fault and what to do next. Screens translate the codes instead.
 */
export function describeFbaError(error: FnskuSheetError | FbaBoxError | FbaBoxLabelError): string {
  switch (error.code) {
    case 'fnsku-invalid':
      return `FNSKU "${error.fnsku}" is invalid: ${error.reason}`;
    case 'fnsku-condition-unknown':
      return `condition "${error.condition}" is not one Amazon prints; use New, Used - Like New, Used - Very Good, Used - Good, Used - Acceptable, Collectible - ... or Refurbished`;
    case 'fnsku-module-too-narrow':
      return `a module of ${error.moduleDots} dots is narrower than the FNSKU minimum of ${error.minimumDots} dots at ${error.dpi} dpi`;
    case 'fnsku-label-too-short':
      return `the label is ${mm(error.availableMm)} tall but the FNSKU layout needs ${mm(error.neededMm)}; choose a taller template`;
    case 'fnsku-job-empty':
      return 'the job has no labels';
    case 'fnsku-count-invalid':
      return `entry ${error.entry + 1} has count ${error.count}; use a whole number from 1`;
    case 'fnsku-job-too-large':
      return `the job has ${error.labels} labels, more than the maximum of ${error.maximum}; split it`;
    case 'fnsku-start-position-invalid':
      return `start position ${error.startPosition} is outside the sheet; use 1 to ${error.labelsPerSheet}`;
    case 'label-barcode-does-not-fit':
      return `the ${error.symbology} barcode needs ${mm(error.neededMm)} at ${error.moduleDots} dots per module (${error.dpi} dpi) but the label has ${mm(error.availableMm)}; choose a larger label or a printer with more dpi, the barcode is never shrunk`;
    case 'label-barcode-data-invalid':
      return `the ${error.symbology} barcode cannot encode "${error.data}": ${error.reason}`;
    case 'label-sscc-invalid':
      return `SSCC ${error.sscc} is invalid`;
    case 'label-carton-number-invalid':
      return `carton number ${error.cartonNumber} is invalid`;
    case 'fba-box-number-invalid':
      return `box number ${error.boxNumber} is invalid; use 1 to 999999`;
    case 'fba-box-empty':
      return 'the box is empty; scan units into it before printing its label';
    case 'fba-box-too-many-items':
      return `the box contains ${error.items} FNSKUs, more than the ${error.maximum} a box-content barcode may list; split the box`;
    case 'fba-box-quantity-invalid':
      return `quantity ${error.quantity} of FNSKU ${error.fnsku} is invalid`;
    case 'fba-box-fnsku-invalid':
      return `FNSKU "${error.fnsku}" in the box is invalid; fix the product's FNSKU`;
    case 'fba-box-expiry-invalid':
      return `expiry "${error.expiry}" of FNSKU ${error.fnsku} is not a YYMMDD date`;
    case 'fba-shipment-id-invalid':
      return `"${error.shipmentId}" is not an FBA shipment ID (FBA and 8 to 10 letters or digits)`;
    case 'fba-shipment-not-found':
      return `no FBA inbound shipment ${error.shipmentId} in this station`;
    case 'fba-shipment-ambiguous':
      return `FBA shipment ${error.shipmentId} exists for clients ${error.clients.join(', ')}`;
    case 'fba-box-not-found':
      return `FBA shipment ${error.shipmentId} has no box ${error.boxNumber}`;
    case 'fba-box-product-without-fnsku':
      return `product ${error.sku} in the box has no FNSKU; import the client's Manage Inventory report first`;
    case 'fba-box-measurement-invalid':
      return `${error.field} ${error.value} is invalid; use a whole number from 1`;
    default:
      return assertNever(error, 'FBA error');
  }
}
