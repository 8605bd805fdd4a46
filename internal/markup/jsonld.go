package markup

// LDDatePublished returns the first "datePublished" string value in the
// page's JSON-LD (the texts of its <script type="application/ld+json">
// elements, joined by NUL), or "". The loader sends these texts unparsed
// (a JSON walk in the loader cost more of its 4 KB than this scan costs
// the wasm); the value is read as written, and a value with escapes is
// skipped. The result is raw: analyze.Options.SetReference parses it.
func LDDatePublished(ld string) string {
	const key = `"datePublished"`
	for i := 0; i+len(key) <= len(ld); i++ {
		if ld[i] != '"' || ld[i:i+len(key)] != key {
			continue
		}
		j := skipSpace(ld, i+len(key))
		if j >= len(ld) || ld[j] != ':' {
			continue
		}
		j = skipSpace(ld, j+1)
		if j >= len(ld) || ld[j] != '"' {
			continue
		}
		for k := j + 1; k < len(ld) && ld[k] != '\\' && ld[k] != 0; k++ {
			if ld[k] == '"' {
				return ld[j+1 : k]
			}
		}
	}
	return ""
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}
