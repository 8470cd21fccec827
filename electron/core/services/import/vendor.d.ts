/** Types for webvtt-parser (the W3C reference parser, CommonJS, ships no typings). */
declare module 'webvtt-parser' {
  export interface VttTreeObject {
    type: 'object';
    /** '' (anonymous), 'c', 'i', 'b', 'u', 'ruby', 'rt', 'v', 'lang' */
    name: string;
    classes: string[];
    /** The annotation of <v> (speaker) or <lang> (language tag). */
    value?: string;
    children: VttTreeNode[];
  }
  export interface VttTreeText {
    type: 'text';
    value: string;
  }
  export interface VttTreeTimestamp {
    type: 'timestamp';
    value: number;
  }
  export type VttTreeNode = VttTreeObject | VttTreeText | VttTreeTimestamp;
  export interface VttCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: VttTreeNode[] };
  }
  export interface VttError {
    message: string;
    line: number;
    col?: number;
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(
      input: string,
      mode?: 'metadata' | 'chapters' | string,
    ): { cues: VttCue[]; errors: VttError[]; styles: string[] };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
