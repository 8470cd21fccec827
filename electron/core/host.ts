/**
 * What the host lends the core so that file paths come from the user, never from the renderer:
 * the desktop app's own Open/Save dialogs. The web host has none; there, recordings and document tables
 * are uploaded and new projects are saved in its projects folder.
 */
export interface HostDialogs {
  /** The project file the user picked in an Open dialog, or null when they cancelled. */
  chooseProjectToOpen(): Promise<string | null>;
  /** Where the user chose to save a new project (suggested: `name`), or null when they cancelled. */
  chooseProjectToCreate(name: string): Promise<string | null>;
  /** The audio or video file the user picked, or null when they cancelled. */
  chooseRecording(): Promise<string | null>;
  /** The CSV or XLSX export the user picked to import as documents, or null when they cancelled. */
  chooseTable(): Promise<string | null>;
  /** A colleague's copy (.groundwork) or a REFI-QDA project (.qdpx) to merge from, or null when they cancelled. */
  chooseMergeSource(): Promise<string | null>;
  /** Where to save a copy of the project for a colleague (suggested: `fileName`), or null when they cancelled. */
  chooseColleagueCopy(fileName: string): Promise<string | null>;
}
