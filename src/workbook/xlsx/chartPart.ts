import type JSZip from 'jszip';
import { RAG_TEXT, columnLetter } from '../../plan';
import { RAG_COLOURS } from '../ragColours';
import type { Area, ChartSpec } from '../sheets';
import { patchSheet } from './patch/sheet';
import { NS, addContentType, addRelationship, freePartName, partText, putPart, xmlText } from './package';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL = {
  drawing: `${NS.relationships}/drawing`,
  chart: `${NS.relationships}/chart`,
};
const TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
/** 'Board Summary'!$E$5:$E$9 */
function reference(sheet: string, [top, left, bottom, right]: Area): string {
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${cell(top, left)}${bottom === top && right === left ? '' : `:${cell(bottom, right)}`}`;
}

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

function stringCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numberCache(values: number[]): string {
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;
}

/**
 * A stacked bar or column chart as Excel draws it through Office.js (sheetOps.addChart),
 * as a DrawingML chart part: the same series over the same cells, with
 * their values cached so a viewer shows the bars before it recalculates.
 */
export function chartXml(sheet: string, chart: ChartSpec): string {
  const [headerRow, firstColumn, lastRow] = chart.data;
  const categories = reference(sheet, chart.categories);
  const series = chart.series.map((rag, i) => {
    const column = firstColumn + i;
    return [
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`,
      `<c:tx><c:strRef><c:f>${xmlText(reference(sheet, [headerRow, column, headerRow, column]))}</c:f>${stringCache([RAG_TEXT[rag]])}</c:strRef></c:tx>`,
      `<c:spPr><a:solidFill><a:srgbClr val="${hex(RAG_COLOURS[rag].fill)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`,
      `<c:cat><c:strRef><c:f>${xmlText(categories)}</c:f>${stringCache(chart.bars.map((bar) => bar.label))}</c:strRef></c:cat>`,
      `<c:val><c:numRef><c:f>${xmlText(reference(sheet, [headerRow + 1, column, lastRow, column]))}</c:f>${numberCache(chart.bars.map((bar) => bar.counts[rag]))}</c:numRef></c:val>`,
      '</c:ser>',
    ].join('');
  });
  const most = Math.max(1, ...chart.bars.map((bar) => chart.series.reduce((sum, rag) => sum + bar.counts[rag], 0)));
  // Whole actions only: with few actions Excel would otherwise mark the axis in halves.
  const unit = most <= 10 ? '<c:majorUnit val="1"/>' : '';
  const bars = chart.kind === 'bar';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${NS.relationships}"><c:roundedCorners val="0"/><c:chart>`,
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`,
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>',
    `<c:barChart><c:barDir val="${bars ? 'bar' : 'col'}"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`,
    // Bars: the first priority at the top (categories in reverse), so the value axis crosses at the last, below the bars. Columns: oldest review first, left to right.
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${bars ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${bars ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${bars ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="${bars ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>${unit}</c:valAx>`,
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>',
    // An opaque chart: it covers the bars drawn in its cells, which remain for viewers without charts.
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>',
    '</c:chartSpace>',
  ].join('');
}

/** A sheet's one drawing, holding each chart anchored over the cells the layout keeps for it (chart.at, inclusive). */
function drawingXml(charts: readonly { chart: ChartSpec; relationship: string }[]): string {
  const marker = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map(({ chart, relationship }, i) => {
    const [top, left, bottom, right] = chart.at;
    return [
      '<xdr:twoCellAnchor>',
      marker('from', top, left),
      marker('to', bottom + 1, right + 1),
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(chart.title)}" descr="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${NS.relationships}" r:id="${relationship}"/></a:graphicData></a:graphic>`,
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">`,
    ...anchors,
    '</xdr:wsDr>',
  ].join('');
}

/** Adds the charts to a sheet part the product rendered (render.ts), which has no drawing of its own: one drawing holds them all; the <drawing> goes where the schema puts it. */
export async function addChartParts(zip: JSZip, sheetPart: string, sheet: string, charts: readonly ChartSpec[]): Promise<void> {
  const drawingPart = freePartName(zip, 'xl/drawings/drawing', '.xml');
  const placed: { chart: ChartSpec; relationship: string }[] = [];
  for (const chart of charts) {
    const chartPart = freePartName(zip, 'xl/charts/chart', '.xml');
    putPart(zip, chartPart, chartXml(sheet, chart));
    await addContentType(zip, chartPart, TYPE.chart);
    placed.push({ chart, relationship: await addRelationship(zip, drawingPart, REL.chart, `../charts/${chartPart.split('/').pop()}`) });
  }
  putPart(zip, drawingPart, drawingXml(placed));
  const drawingId = await addRelationship(zip, sheetPart, REL.drawing, `../drawings/${drawingPart.split('/').pop()}`);
  const element = `<drawing xmlns:r="${NS.relationships}" r:id="${drawingId}"/>`;
  putPart(
    zip,
    sheetPart,
    patchSheet((await partText(zip, sheetPart))!, { cells: new Map(), elements: [{ name: 'drawing', xml: element }] }).xml,
  );
  await addContentType(zip, drawingPart, TYPE.drawing);
}
