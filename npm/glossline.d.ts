/**
 * glossline: a timeline of a news article's dated events and pop-up
 * definitions of its names and acronyms (German and English), computed in
 * WebAssembly in a Web Worker. See README.md.
 */

/** What became of an article: `ok` annotated now; `annotated` it carried
 * glossline's markup already (baked or saved), only the pop-ups were wired;
 * `skipped` no article, or one in another language (nothing changed);
 * `failed` something went wrong (nothing changed, one console warning). */
export type GlosslineStatus = "ok" | "annotated" | "skipped" | "failed";

/** The detail of the `glossline:done` event, fired on `document`. */
export interface GlosslineDoneDetail {
  /** The article's element (`data-glossline="done"` is set on it unless skipped or failed). */
  root: Element;
  status: GlosslineStatus;
  /** The reference date used, `YYYY-MM-DD`, when the article was annotated. */
  ref?: string;
}

/** The options of `annotate`: the script tag's data-* attributes. */
export interface GlosslineOptions {
  /**
   * The address of the folder that holds the package's `assets/` files
   * (copy them there: see README.md), e.g. `"/glossline/"`. Read at the
   * first call; later calls use the same folder. Default: the folder the
   * module (or the bundle it is in) was loaded from, when that is an
   * http(s) address; a bundler that rewrites `import.meta.url` (to a
   * `file:` address, or to nothing) needs it given, and without it the
   * first call rejects with a TypeError.
   */
  assetsBase?: string | URL;
  /** `auto` (default: the page's lang attribute, else detected), `de` or `en`; a region is ignored (`de-AT`). */
  lang?: "auto" | "de" | "en" | (string & {});
  /** The reference (publication) date, `YYYY-MM-DD`; default: the page's metadata, else inferred. */
  ref?: string;
  /** Where the timeline and notes go: `after` the article (default), `before` it, into the element `#id`, or `none`. */
  timeline?: "after" | "before" | "none" | `#${string}`;
  /** Which mentions of a term are marked: `first-per-paragraph` (default) or `all`. */
  mark?: "first-per-paragraph" | "all";
  /** The publisher's glossary: the `#id` of an inline `<script type="application/json">`, or a same-origin URL. */
  glossary?: string;
}

/** The options of `start`: those of `annotate`, and how to find and when to annotate the article. */
export interface GlosslineStartOptions extends GlosslineOptions {
  /** A CSS selector of the article; default: glossline finds it in `<body>`. */
  target?: string;
  /** `lazy` (default: when the article nears the viewport; idle time before that loads and warms up the engine; at the latest after ten seconds) or `eager`. */
  load?: "lazy" | "eager";
}

/**
 * Annotates `element` as the article. The promise resolves when glossline
 * is done (the `glossline:done` event has fired, with the status); it
 * rejects only when the module cannot start (no `assetsBase`).
 */
export function annotate(element: Element, options?: GlosslineOptions): Promise<void>;

/** Restores an annotated element as it was (the markup, the panel and the listeners go). */
export function remove(element: Element): void;

/** Does what the script tag does: finds the article in `<body>` (or `target`) and annotates it, lazily by default. */
export function start(options?: GlosslineStartOptions): void;

declare const glossline: {
  annotate: typeof annotate;
  remove: typeof remove;
  start: typeof start;
};
export default glossline;

declare global {
  interface DocumentEventMap {
    "glossline:done": CustomEvent<GlosslineDoneDetail>;
  }
}
