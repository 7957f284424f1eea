/**
 * The contract's channel names without the contract's schemas. The sandboxed preload may load only
 * 'electron' at run time and the page should not carry zod twice, so both take the names from
 * here. The record type makes the compiler report a channel added to the contract and missing here.
 */
import type { Channel } from './contract';

const channelRecord: Readonly<Record<Channel, true>> = {
  'station.info': true,
  'printing.jobs': true,
  'printing.profiles': true,
  'printing.saveProfile': true,
  'printing.reprint': true,
  'printing.void': true,
  'printing.confirm': true,
  'printing.retry': true,
  'station.loadDemo': true,
  'clients.list': true,
  'settings.get': true,
  'settings.save': true,
  'settings.export': true,
  'settings.import': true,
  'devices.status': true,
  'scale.read': true,
  'cartons.checkWeight': true,
  'shipments.list': true,
  'shipments.open': true,
  'pack.view': true,
  'pack.scan': true,
  'pack.removeUnit': true,
  'pack.newCarton': true,
  'pack.closeCarton': true,
  'pack.reopenCarton': true,
  'pack.finishShipment': true,
  'pack.shortShip': true,
  'pack.previewSerialList': true,
  'pack.previewSerialRange': true,
  'pack.bulkAdd': true,
  'exports.cartonManifest': true,
  'labels.carton': true,
  'labels.printCarton': true,
  'labels.commandSheet': true,
  'units.lookup': true,
  'imports.file': true,
  'operator.session': true,
  'operator.names': true,
  'operator.signIn': true,
  'operator.signOut': true,
  'operator.createFirstAdmin': true,
  'operators.list': true,
  'operators.create': true,
  'operators.update': true,
  'operators.setPin': true,
  'operators.issueBadge': true,
  'operators.setIdleLock': true,
  'pack.override': true,
};

export const channelNames = Object.keys(channelRecord) as ReadonlyArray<Channel>;
