import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { printCartonLabel } from '../state/pack-actions';
import { useLabelPreviewStore } from '../state/label-preview-store';
import { MessageText } from './MessageText';

/** Returns a Blob URL of the SVG preview when main sent one, else of the PDF itself. */
function previewBlobUrl(document: { readonly pdfBase64: string; readonly previewSvg?: string | undefined }): string {
  if (document.previewSvg !== undefined) {
    return URL.createObjectURL(new Blob([document.previewSvg], { type: 'image/svg+xml' }));
  }
  const bytes = Uint8Array.from(atob(document.pdfBase64), (character) => character.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/**
 * Shows a label from main, as its SVG preview or else its PDF in a frame, from a Blob URL that
 * is revoked when the preview closes. Carton labels get a Print button; its failure (a browser station has no printer)
 * appears under the preview.
 */
export function LabelPreview() {
  const { t } = useTranslation();
  const label = useLabelPreviewStore((state) => state.label);
  const printProblem = useLabelPreviewStore((state) => state.printProblem);
  const close = useLabelPreviewStore((state) => state.close);

  const url = useMemo(() => (label === null ? null : previewBlobUrl(label.document)), [label]);
  useEffect(() => () => (url === null ? undefined : URL.revokeObjectURL(url)), [url]);

  if (label === null || url === null) {
    return null;
  }
  const cartonId = label.cartonId;

  return (
    <div className="dialog-backdrop">
      <section
        className="dialog label-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('label.title')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            close();
          }
        }}
      >
        <h2>
          {t('label.title')}: {label.document.fileName}
        </h2>
        {label.document.previewSvg !== undefined ? (
          <div className="label-frame label-image-frame">
            <img className="label-image" data-testid="label-preview" alt={label.document.fileName} src={url} />
          </div>
        ) : (
          <iframe className="label-frame" data-testid="label-preview" title={label.document.fileName} src={url} />
        )}
        {printProblem !== null && (
          <p className="problem" role="alert" data-testid="print-error">
            <MessageText message={printProblem} />
          </p>
        )}
        <div className="dialog-buttons">
          {cartonId !== null && (
            <button type="button" className="primary" autoFocus data-testid="label-print" onClick={() => void printCartonLabel(cartonId)}>
              {t('label.print')}
            </button>
          )}
          <button type="button" autoFocus={cartonId === null} data-testid="label-close" onClick={close}>
            {t('actions.close')}
          </button>
        </div>
      </section>
    </div>
  );
}
