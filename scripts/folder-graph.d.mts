/** Folder → the folders its files import from (electron/, renderer/, shared/, cli/). */
export declare function folderGraph(): Map<string, Set<string>>;
/** Groups of folders that import each other (strongly connected components of more than one folder). */
export declare function cycles(graph: Map<string, Set<string>>): string[][];
