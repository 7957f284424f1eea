import type { Migration } from './migration';
import { initialSchema } from './001-initial';
import { scanGestures } from './002-scan-gestures';
import { dropEventsByShipment } from './003-drop-events-by-shipment';
import { operatorCredentials } from './004-operator-credentials';
import { stationSettings } from './005-station-settings';
import { printJobs } from './006-print-jobs';
import { fbaPrep } from './007-fba-prep';
import { unitLifecycle } from './008-unit-lifecycle';
import { returnEventsIndex } from './010-return-events-index';
import { returnsDesk } from './011-returns-desk';
import { returnReferenceCase } from './012-return-reference-case';
import { lotRecallIndex } from './013-lot-recall-index';

/** Every migration in order; the last version is the schema this build of the app writes. */
export const migrations: ReadonlyArray<Migration> = [initialSchema, scanGestures, dropEventsByShipment, operatorCredentials, stationSettings, printJobs, fbaPrep, unitLifecycle, returnEventsIndex, returnsDesk, returnReferenceCase, lotRecallIndex];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
