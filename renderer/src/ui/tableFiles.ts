/** What a table import's file picker offers: CSV (and plain text) or XLSX. */
export const TABLE_FILES = '.csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
