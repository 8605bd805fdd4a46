/* glossline extension: registered before the content script on the sites
 * chosen for "always" while the reader has lookups on: it tells the
 * prelude (content.js) to let names nothing defines be tapped for a
 * lookup. The background checks the switch and the permission again on
 * every tap. */
"use strict";
(self.glosslineExt || (self.glosslineExt = {})).lookup = true;
