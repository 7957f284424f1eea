/**
 * The contract's channel names as a plain list. The preload runs sandboxed and may load only
 * 'electron' at run time, so it cannot import the contract module (which pulls in zod).
 * A unit test keeps this list equal to the keys of `contract`.
 */
import type { Channel } from '../main/api/contract';

export const channelNames: ReadonlyArray<Channel> = [
  'station.info',
  'station.loadDemo',
  'operator.signIn',
  'shipments.list',
  'shipments.open',
  'pack.view',
  'pack.scan',
  'pack.removeUnit',
  'pack.newCarton',
  'pack.closeCarton',
  'pack.reopenCarton',
  'pack.finishShipment',
  'pack.shortShip',
  'labels.carton',
  'labels.printCarton',
  'labels.commandSheet',
  'units.lookup',
  'imports.file',
];
