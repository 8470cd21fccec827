/** The one piece of jsdom's API the tests use directly (a separate window per test); jsdom ships no types. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: unknown;
  }
}
