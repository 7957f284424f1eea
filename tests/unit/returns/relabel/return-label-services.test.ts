import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../../main/api/contract';
import { savePrinterProfile } from '../../../../main/printing/printer-profiles';
import { useTempDir } from '../../../support/temp-dir';
import { evidenceServices } from '../support/evidence-services';
import { createReturnEvidenceFixture } from '../support/return-evidence-fixture';

const tempDir = useTempDir('packtrace-label-services-');

describe('return label services', () => {
  it('lists the labels of a disposition', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const unitId = fixture.insertUnit(fixture.phoneId, 'PH-88001', 'in-stock');
    const returnUnitId = fixture.insertReturnUnit({ returnId, unitId, grade: 'B', amazonCondition: 'Used - Very Good', disposition: 'restock-used' });

    const options = await evidenceServices(fixture)['returns.relabelOptions']({ returnUnitId });

    expect(options.ok && options.value).toEqual({ disposition: 'restock-used', labelKinds: ['grade', 'fnsku-used'] });
  });

  it('lists no labels before grading', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const unitId = fixture.insertUnit(fixture.cameraId, 'SN000951', 'returned');
    const returnUnitId = fixture.insertReturnUnit({ returnId, unitId });

    const options = await evidenceServices(fixture)['returns.relabelOptions']({ returnUnitId });

    expect(options.ok && options.value.labelKinds).toEqual([]);
  });

  it('answers the contract when queued', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const unitId = fixture.insertUnit(fixture.cameraId, 'SN000952', 'graded');
    const returnUnitId = fixture.insertReturnUnit({ returnId, unitId, grade: 'C', amazonCondition: 'Used - Good', disposition: 'dispose' });
    savePrinterProfile(fixture.db, {
      stationId: fixture.actor.stationId,
      labelKind: 'grade',
      printerName: 'Returns desk',
      driver: 'pdf-folder',
      target: join(fixture.dataDir, 'printed'),
      format: 'pdf',
      mediaWidthMm: 101.6,
      mediaHeightMm: 50.8,
      dpi: 203,
    });

    const relabelled = await evidenceServices(fixture)['returns.relabel']({ returnUnitId, labelKind: 'grade' });

    expect(relabelled.ok && relabelled.value.output).toBe('queued');
    expect(contract['returns.relabel'].response.safeParse(relabelled.ok ? relabelled.value : null).success).toBe(true);
  });

  it('translates a refusal for the operator', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());

    const relabelled = await evidenceServices(fixture)['returns.relabel']({ returnUnitId: 77, labelKind: 'serial' });

    expect(relabelled.ok ? null : relabelled.error).toEqual({ code: 'return-unit-not-found', message: { key: 'return-evidence:error.return-unit-not-found', params: { returnUnitId: 77 } } });
  });
});
