/**
 * Who may call each channel. The record type makes the compiler reject a contract channel that
 * is missing here, so a new channel cannot ship without deciding its permission. The permission
 * guard (main/api/permission-guard.ts) checks this table in main on every request, on both
 * transports. Screens may also hide what a role cannot do, but hiding is not the check.
 */
import type { Permission } from '../operators/roles';
import type { Channel } from './contract';

export const channelPermissions: Readonly<Record<Channel, Permission>> = {
  // Before sign-in: the station's facts and the ways to sign in.
  'station.info': 'anyone',
  'operator.session': 'anyone',
  'operator.names': 'anyone',
  'operator.signIn': 'anyone',
  'operator.signOut': 'anyone',
  'operator.createFirstAdmin': 'anyone',

  // FBA prep and removal receiving. Importing a client's Amazon reports changes its catalog,
  // which any signed-in operator may do through the other imports as well.
  'fba.labelOptions': 'signed-in',
  'fba.prepScan': 'signed-in',
  'fba.printFnskuLabel': 'signed-in',
  'fba.importReport': 'signed-in',
  'fba.removalReceipt': 'signed-in',
  'fba.inspectRemovalUnit': 'signed-in',
  'fba.measureBox': 'signed-in',
  'fba.boxLabel': 'signed-in',
  'fba.boxContentCsv': 'signed-in',

  // Unit lifecycle. Creating locations and recall holds need a supervisor. Closing a cycle count
  // does not, but booking its differences does, which the handler checks.
  'receipts.list': 'signed-in',
  'receipts.view': 'signed-in',
  'receipts.create': 'signed-in',
  'receipts.importAsn': 'signed-in',
  'receipts.scan': 'signed-in',
  'receipts.close': 'signed-in',
  'receipts.discrepancyCsv': 'signed-in',
  'locations.list': 'signed-in',
  'locations.create': 'stock.adjust',
  'locations.label': 'signed-in',
  'putaway.scan': 'signed-in',
  'units.serialPage': 'signed-in',
  'units.search': 'signed-in',
  'recall.preview': 'signed-in',
  'recall.hold': 'stock.adjust',
  'recall.csv': 'signed-in',
  'counts.start': 'signed-in',
  'counts.scan': 'signed-in',
  'counts.close': 'signed-in',
  // The demo data adds operators with published PINs, a supervisor among them, so loading it
  // needs someone who may add operators anyway.
  'station.loadDemo': 'operators.manage',
  'clients.list': 'signed-in',
  'shipments.list': 'signed-in',
  'shipments.open': 'signed-in',
  'pack.view': 'signed-in',
  'pack.scan': 'signed-in',
  'pack.removeUnit': 'signed-in',
  'pack.newCarton': 'signed-in',
  'pack.closeCarton': 'signed-in',
  // A carton of an open shipment. Reopening one of a finished shipment needs
  // 'carton.reopenShipped', which the handler checks because only it reads the shipment.
  'pack.reopenCarton': 'signed-in',
  'pack.finishShipment': 'signed-in',
  'pack.shortShip': 'signed-in',
  'pack.previewSerialList': 'signed-in',
  'pack.previewSerialRange': 'signed-in',
  'pack.bulkAdd': 'signed-in',
  // The bench operator calls it. The supervisor's credential in the request must hold
  // 'pack.override', which the handler checks.
  'pack.override': 'signed-in',
  'exports.cartonManifest': 'signed-in',
  'labels.carton': 'signed-in',
  'labels.printCarton': 'signed-in',
  'labels.commandSheet': 'signed-in',
  'units.lookup': 'signed-in',
  'imports.file': 'signed-in',

  // Station setup. Reading it and the scale is part of packing; changing it needs a supervisor,
  // and 'operators.manage' is the permission those roles hold.
  'settings.get': 'signed-in',
  'settings.export': 'signed-in',
  'devices.status': 'signed-in',
  'devices.scannerTestSheet': 'signed-in',
  'scale.read': 'signed-in',
  'cartons.checkWeight': 'signed-in',
  'printing.jobs': 'signed-in',
  'printing.profiles': 'signed-in',
  'printing.saveProfile': 'operators.manage',
  'printing.reprint': 'signed-in',
  'printing.void': 'label.void',
  'printing.confirm': 'signed-in',
  'printing.retry': 'signed-in',
  'history.overview': 'signed-in',
  'settings.save': 'operators.manage',
  'settings.import': 'operators.manage',

  // Returns desk. Technicians take units in and grade them; a supervisor resolves the exception
  // queue and sets a client's returns configuration ('operators.manage' is what supervisors hold).
  'returns.list': 'signed-in',
  'returns.find': 'signed-in',
  'returns.open': 'signed-in',
  'returns.importAmazonReport': 'signed-in',
  'returns.view': 'signed-in',
  'returns.checkUnit': 'signed-in',
  'returns.intakeUnit': 'signed-in',
  'returns.exceptions': 'signed-in',
  'returns.resolveException': 'returns.resolveException',
  'returns.gradingForm': 'signed-in',
  'returns.suggestDisposition': 'signed-in',
  'returns.grade': 'signed-in',
  'returns.close': 'signed-in',
  'returns.config': 'signed-in',
  'returns.setConfig': 'operators.manage',
  // Returns evidence, relabelling and reports: the desk's own work, open to any operator.
  'returns.attachPhoto': 'signed-in',
  'returns.photos': 'signed-in',
  'returns.photo': 'signed-in',
  'returns.relabelOptions': 'signed-in',
  'returns.relabel': 'signed-in',
  'returns.report': 'signed-in',
  'returns.reportCsv': 'signed-in',
  // Like station.loadDemo, whose data it loads first.
  'returns.loadDemo': 'operators.manage',

  'operators.list': 'operators.manage',
  'operators.create': 'operators.manage',
  'operators.update': 'operators.manage',
  'operators.setPin': 'operators.manage',
  'operators.issueBadge': 'operators.manage',
  'operators.setIdleLock': 'operators.manage',
};
