import type ExcelJS from 'exceljs';

/**
 * How guanai's printable sheets go on paper: A4 landscape, fitted to the page width (as many
 * pages down as it takes), centred, with margins a township's printer leaves room for.
 * @internal
 */
export const A4_LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9, // A4
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};
