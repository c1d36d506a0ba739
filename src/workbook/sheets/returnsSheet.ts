import { RETURNS_COLUMNS, RETURNS_HEADER_ROW, ReturnRecord, ReturnsColumn, ownSheetMark, parseIsoDay, returnStatus } from '../../plan';
import { Layout } from './layout';
import { SheetSpec, SpecValue, emptySpec } from './spec';
import { STYLES } from './styles';

/** Widths in characters, by column. */
const WIDTHS: Record<ReturnsColumn, number> = {
  Review: 12,
  Lead: 34,
  Actions: 8,
  Requested: 18,
  'Return by': 12,
  'File sent': 44,
  'Came back': 18,
  'Rows merged': 8,
  Status: 16,
};

/** Awaited returns stand out: the officer is looking for who still has to reply. */
const AWAITED = { bold: true, colour: '#B45F06', wrap: true } as const;
/** Counts centred, so they do not run into the dates beside them. */
const COUNT = { wrap: true, align: 'center' } as const;
const COUNTS: ReturnsColumn[] = ['Actions', 'Rows merged'];

/**
 * The Returns sheet, written whole from its records: one row per lead per
 * review, the returns still awaited marked in the Status column in words
 * (and in bold), the header frozen and printed on every page.
 */
export function returnsSheet(records: readonly ReturnRecord[], name: string): SheetSpec {
  const spec = emptySpec(name);
  spec.widths = RETURNS_COLUMNS.map((column) => WIDTHS[column]);
  const layout = new Layout(spec);
  layout.add([ownSheetMark('Returns', 'the update returns asked for and which have come back.')], { style: STYLES.mark });
  layout.add([...RETURNS_COLUMNS], { style: STYLES.header });
  spec.freezeRows = RETURNS_HEADER_ROW + 1;
  spec.print = { landscape: true, titleRows: [RETURNS_HEADER_ROW, RETURNS_HEADER_ROW] };
  for (const record of records) {
    const day = (iso: string): SpecValue => {
      const parsed = parseIsoDay(iso);
      return parsed === null ? iso : { day: parsed };
    };
    const row: Record<ReturnsColumn, SpecValue> = {
      Review: day(record.review),
      Lead: record.lead,
      Actions: record.actions || '',
      Requested: record.requested,
      'Return by': day(record.returnBy),
      'File sent': record.file,
      'Came back': record.cameBack,
      'Rows merged': record.cameBack ? record.merged : '',
      Status: returnStatus(record),
    };
    layout.add(
      RETURNS_COLUMNS.map((column) => row[column]),
      {
        style: STYLES.body,
        cells: {
          ...Object.fromEntries(COUNTS.map((column) => [RETURNS_COLUMNS.indexOf(column), COUNT])),
          ...(record.cameBack ? {} : { [RETURNS_COLUMNS.indexOf('Status')]: AWAITED }),
        },
      },
    );
  }
  return spec;
}
