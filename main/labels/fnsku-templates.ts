/**
 * Label stock for FNSKU unit labels: thermal roll sizes, one label per page, and laser sheets
 * of several labels per page. Sizes are the label itself. Sheet pitch and margins are measured
 * from the top-left corner of the sheet.
 */

/** A thermal roll label. */
export interface RollTemplate {
  readonly kind: 'roll';
  readonly name: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

/** A sheet of `columns` × `rows` equal labels, filled left to right, then top to bottom. */
export interface SheetTemplate {
  readonly kind: 'sheet';
  readonly name: string;
  readonly pageWidthMm: number;
  readonly pageHeightMm: number;
  readonly columns: number;
  readonly rows: number;
  readonly labelWidthMm: number;
  readonly labelHeightMm: number;
  readonly leftMarginMm: number;
  readonly topMarginMm: number;
  /** Distance between the left edges of neighbouring columns. */
  readonly columnPitchMm: number;
  /** Distance between the top edges of neighbouring rows. */
  readonly rowPitchMm: number;
}

export type FnskuTemplate = RollTemplate | SheetTemplate;

const inch = 25.4;
const a4 = { pageWidthMm: 210, pageHeightMm: 297 } as const;

function roll(name: string, widthMm: number, heightMm: number): RollTemplate {
  return { kind: 'roll', name, widthMm, heightMm };
}

// An A4 sheet whose labels touch each other and are centred on the page.
function a4Grid(name: string, columns: number, rows: number, labelWidthMm: number, labelHeightMm: number): SheetTemplate {
  return {
    kind: 'sheet',
    name,
    ...a4,
    columns,
    rows,
    labelWidthMm,
    labelHeightMm,
    leftMarginMm: (a4.pageWidthMm - columns * labelWidthMm) / 2,
    topMarginMm: (a4.pageHeightMm - rows * labelHeightMm) / 2,
    columnPitchMm: labelWidthMm,
    rowPitchMm: labelHeightMm,
  };
}

/**
 * Every template by name. The US Letter 30-up sheet is the 1 × 2⅝ in address-label layout
 * (3 columns of 10, 3/16 in side margins, ½ in top margin, ⅛ in between columns). The A4 sheets
 * are the common borderless 3- and 4-column layouts, centred on the page.
 */
export const fnskuTemplates: ReadonlyMap<string, FnskuTemplate> = new Map<string, FnskuTemplate>(
  [
    roll('roll-2.25x1.25in', 2.25 * inch, 1.25 * inch),
    roll('roll-2x1in', 2 * inch, 1 * inch),
    roll('roll-50x25mm', 50, 25),
    roll('roll-57x32mm', 57, 32),
    roll('roll-62x29mm', 62, 29),
    roll('roll-3x2in', 3 * inch, 2 * inch),
    {
      kind: 'sheet',
      name: 'letter-30',
      pageWidthMm: 8.5 * inch,
      pageHeightMm: 11 * inch,
      columns: 3,
      rows: 10,
      labelWidthMm: 2.625 * inch,
      labelHeightMm: 1 * inch,
      leftMarginMm: (3 / 16) * inch,
      topMarginMm: 0.5 * inch,
      columnPitchMm: 2.75 * inch,
      rowPitchMm: 1 * inch,
    } satisfies SheetTemplate,
    a4Grid('a4-21', 3, 7, 70, 42.3),
    a4Grid('a4-24', 3, 8, 70, 37),
    a4Grid('a4-27', 3, 9, 70, 32),
    a4Grid('a4-40', 4, 10, 52.5, 29.7),
    a4Grid('a4-44', 4, 11, 48.5, 25.4),
  ].map((template) => [template.name, template]),
);

/** Number of labels on one page of the template: 1 for a roll. */
export function labelsPerPage(template: FnskuTemplate): number {
  return template.kind === 'roll' ? 1 : template.columns * template.rows;
}
