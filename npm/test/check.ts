// Type check of glossline.d.ts (tsc --noEmit, run by ./build.sh npm and by
// the npm package's browser test): the documented API compiles, and wrong
// uses do not.
import glossline, { annotate, remove, start, type GlosslineDoneDetail, type GlosslineOptions } from "glossline";

const el: Element = document.querySelector("article")!;
const p: Promise<void> = glossline.annotate(el, { assetsBase: "/glossline/", lang: "de", ref: "2023-09-13", timeline: "#side", mark: "all", glossary: "#gl" });
annotate(el, { assetsBase: new URL("https://example.org/glossline/"), timeline: "none" }).then(() => remove(el));
start({ assetsBase: "/glossline/", target: "main article", load: "eager", lang: "de-AT" });
glossline.start();
void p;

document.addEventListener("glossline:done", (e) => {
  const d: GlosslineDoneDetail = e.detail;
  const root: Element = d.root;
  const ok: boolean = d.status === "ok" || d.status === "annotated" || d.status === "skipped" || d.status === "failed";
  const ref: string | undefined = d.ref;
  void root, ok, ref;
});

const o: GlosslineOptions = { timeline: "after" };
void o;

// @ts-expect-error mark is first-per-paragraph or all
annotate(el, { mark: "some" });
// @ts-expect-error timeline is after, before, none or #id
annotate(el, { timeline: "left" });
// @ts-expect-error load is an option of start only
annotate(el, { load: "eager" });
// @ts-expect-error the element is required
annotate();
// @ts-expect-error no such status
document.addEventListener("glossline:done", (e) => e.detail.status === "done");
