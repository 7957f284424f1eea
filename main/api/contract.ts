/**
 * The one contract between the screens and main: a zod schema for every request and response,
 * keyed by channel name. Electron IPC and the loopback web host both parse payloads with it.
 * Each area keeps its channels in main/api/channels/, and this map joins them. A test checks
 * that no two areas define the same channel. This file must stay free of Node imports because
 * the renderer type-checks against it.
 */
import type { z } from 'zod';
import { deviceChannels } from './channels/device-channels';
import { fbaChannels } from './channels/fba-channels';
import { historyChannels } from './channels/history-channels';
import { operatorChannels } from './channels/operator-channels';
import { packingChannels } from './channels/packing-channels';
import { printingChannels } from './channels/printing-channels';
import { returnEvidenceChannels } from './channels/return-evidence-channels';
import { returnsChannels } from './channels/returns-channels';
import { trackingChannels } from './channels/tracking-channels';
import type {
  addressSchema,
  bulkSerialVerdictSchema,
  importSummarySchema,
  labelDocumentSchema,
  operatorMessageSchema,
  packViewSchema,
  scanVerdictSchema,
  serviceErrorSchema,
  stationInfoSchema,
  unitLookupSchema,
} from './schemas';

export * from './schemas';

/** The channel groups of each area, kept apart so a test can find a name defined twice. */
export const channelGroups = [fbaChannels, packingChannels, operatorChannels, deviceChannels, printingChannels, historyChannels, trackingChannels, returnsChannels, returnEvidenceChannels] as const;

/** Every channel: its request schema and the schema of its success value. */
export const contract = {
  ...fbaChannels,
  ...trackingChannels,
  ...packingChannels,
  ...operatorChannels,
  ...printingChannels,
  ...deviceChannels,
  ...historyChannels,
  ...returnsChannels,
  ...returnEvidenceChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export type ServiceError = z.output<typeof serviceErrorSchema>;
export type OperatorMessage = z.output<typeof operatorMessageSchema>;
export type PackView = z.output<typeof packViewSchema>;
export type ScanVerdict = z.output<typeof scanVerdictSchema>;
export type UnitLookup = z.output<typeof unitLookupSchema>;
export type ImportSummary = z.output<typeof importSummarySchema>;
export type LabelDocumentFile = z.output<typeof labelDocumentSchema>;
export type StationInfo = z.output<typeof stationInfoSchema>;
export type BulkSerialVerdictView = z.output<typeof bulkSerialVerdictSchema>;
export type Address = z.output<typeof addressSchema>;

/** What a call returns on either transport: the value, or an expected failure. */
export type CallResult<C extends Channel> =
  | { readonly ok: true; readonly value: ResponseOf<C> }
  | { readonly ok: false; readonly error: ServiceError };

export const channels = Object.keys(contract) as Channel[];
