// @kume/io/network: network files in (edge lists and nodes files, CSV or XLSX). A subpath of its
// own, so the command line loads no XLSX library for CSV.

export * from './edgeListColumns';
export * from './readNodeList';
export * from './readEdgeList';
