package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// commands are every subcommand of glossline.
var commands = []string{"annotate", "bake", "bundle", "eval", "eval-pages", "version"}

// TestHelp: -h, -help and --help on every command print the whole help —
// usage line, flags, examples — on standard output with exit 0, as
// "glossline -h" does; "glossline help CMD" is the same.
func TestHelp(t *testing.T) {
	for _, name := range commands {
		for _, h := range []string{"-h", "-help", "--help"} {
			code, out, errs := runCmd(t, "", name, h)
			if code != 0 || errs != "" {
				t.Errorf("%s %s: exit %d, stderr %q; want 0 and nothing", name, h, code, errs)
			}
			if !strings.HasPrefix(out, "usage: glossline "+name) || !strings.Contains(out, "\nexamples:\n  glossline "+name) &&
				!strings.Contains(out, "\nexamples:\n  ./build.sh && glossline "+name) {
				t.Errorf("%s %s: help lacks the usage line or examples:\n%s", name, h, out)
			}
			if name != "version" && !strings.Contains(out, "\nflags:\n") {
				t.Errorf("%s %s: help lists no flags:\n%s", name, h, out)
			}
		}
		_, viaHelp, _ := runCmd(t, "", "help", name)
		_, viaFlag, _ := runCmd(t, "", name, "-h")
		if viaHelp != viaFlag {
			t.Errorf("glossline help %s differs from glossline %s -h", name, name)
		}
	}
	for _, h := range []string{"-h", "--help", "help"} {
		code, out, errs := runCmd(t, "", h)
		if code != 0 || errs != "" || !strings.Contains(out, "version ") {
			t.Errorf("glossline %s: exit %d, stderr %q, stdout %q", h, code, errs, out)
		}
	}
}

// TestUsageErrors: a usage error is one line "glossline CMD: …" that echoes
// the bad value, then the usage line and where the help is, on standard
// error with exit 2 and nothing on standard output.
func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string // the first line of stderr
	}{
		{[]string{"annotate", "-lang", "fr", "-"}, `glossline annotate: -lang must be auto, de or en, got "fr"`},
		{[]string{"annotate", "-mark", "some", "-"}, `glossline annotate: -mark must be first-per-paragraph or all, got "some"`},
		{[]string{"annotate", "-format", "xml", "-"}, `glossline annotate: -format must be json or html, got "xml"`},
		{[]string{"annotate", "-ref", "13.09.2023", "-"}, `glossline annotate: -ref must be a date YYYY-MM-DD, got "13.09.2023"`},
		{[]string{"annotate", "-with-text=maybe"}, `glossline annotate: invalid boolean value "maybe" for -with-text: parse error`},
		{[]string{"annotate", "-x"}, `glossline annotate: flag provided but not defined: -x`},
		{[]string{"annotate", "a.txt", "b.txt"}, `glossline annotate: at most one input file, got "a.txt" "b.txt"`},
		{[]string{"bake", "-lang", "xx"}, `glossline bake: -lang must be auto, de or en, got "xx"`},
		{[]string{"bake", "-mark", "first"}, `glossline bake: -mark must be first-per-paragraph or all, got "first"`},
		{[]string{"bake", "-ref", "2023-02-30"}, `glossline bake: -ref must be a date YYYY-MM-DD, got "2023-02-30"`},
		{[]string{"bundle", "a.html", "b.html"}, `glossline bundle: at most one input file, got "a.html" "b.html"`},
		{[]string{"eval"}, `glossline eval: no corpus folder given`},
		{[]string{"eval", "-tag", "TIMEX4", "x"}, `glossline eval: -tag must be TIMEX3 or TIMEX2, got "TIMEX4"`},
		{[]string{"eval", "-lang", "fr", "x"}, `glossline eval: -lang must be auto, de or en, got "fr"`},
		{[]string{"eval", "-pred", "p.jsonl", "a", "b"}, `glossline eval: -pred and -dump-texts take exactly one DIR, got "a" "b"`},
		{[]string{"eval-pages", "pages"}, `glossline eval-pages: no arguments expected, got "pages"; give the folder as -pages DIR`},
		{[]string{"eval-pages", "-page"}, `glossline eval-pages: flag needs an argument: -page`},
		{[]string{"version", "now"}, `glossline version: no arguments expected, got "now"`},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := runCmd(t, "x", tt.args...)
			lines := strings.Split(errs, "\n")
			if code != 2 || out != "" || lines[0] != tt.want {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit 2, nothing on stdout and %q", code, out, errs, tt.want)
			}
			if len(lines) < 3 || !strings.HasPrefix(lines[1], "usage: glossline "+tt.args[0]+" ") && lines[1] != "usage: glossline version" ||
				lines[2] != "Run 'glossline "+tt.args[0]+" -h' for help." {
				t.Errorf("stderr after the message: %q; want the usage line and the help hint", lines[1:])
			}
		})
	}
}

// TestFailureMessages: a failure is one line "glossline CMD: …" with exit
// 1 that names the file or flag once, without an internal package name or
// the system call that failed.
func TestFailureMessages(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	binGloss := write("binary.json", "{\"entries\": [\"\xff\xfe\"]}")
	badGloss := write("bad.json", `{"entries": [`)
	text := write("article.txt", "Am Mittwoch kam er.")
	htmlPage := write("page.html", "<!doctype html><html><head><title>t</title></head><body><p>Am Mittwoch kam er nach Berlin, sagte sie.</p></body></html>")
	targeted := write("target.html", `<!doctype html><html><head><script src="/g/glossline.js" data-target="#story"></script></head><body><p>Am Mittwoch kam er.</p></body></html>`)
	noDist := filepath.Join(dir, "nodist")
	missing := filepath.Join(dir, "missing.txt")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"annotate", "-glossary", binGloss, text}, "glossline annotate: -glossary " + binGloss + ": byte 14: invalid UTF-8"},
		{[]string{"annotate", "-glossary", badGloss, text}, "glossline annotate: -glossary " + badGloss + ": byte 13: unexpected end of input, expected a value"},
		{[]string{"annotate", "-glossary", missing, text}, "glossline annotate: -glossary " + missing + ": no such file or directory"},
		{[]string{"annotate", missing}, "glossline annotate: " + missing + ": no such file or directory"},
		{[]string{"bake", text}, "glossline bake: " + text + ": not an HTML page (for plain text: glossline annotate -format html)"},
		{[]string{"bake", targeted}, "glossline bake: " + targeted + `: data-target: no element matches "#story"`},
		{[]string{"bundle", "-dist", noDist, htmlPage}, "glossline bundle: " + filepath.Join(noDist, "manifest.json") + ": no such file: " + noDist + " is not a built dist/ folder (build one with ./build.sh)"},
		{[]string{"eval", missing}, "glossline eval: " + missing + ": no such file or directory"},
		{[]string{"eval-pages", "-pages", missing}, "glossline eval-pages: no pages folder at " + missing},
	} {
		t.Run(strings.Join(tt.args[:1], " "), func(t *testing.T) {
			code, out, errs := runCmd(t, "", tt.args...)
			if code != 1 || out != "" || errs != tt.want+"\n" {
				t.Fatalf("exit %d, stdout %.80q, stderr %q; want exit 1 and %q", code, out, errs, tt.want)
			}
			noRepeats(t, errs)
		})
	}
}

// noRepeats fails when a message shows an internal package's name or the
// system call behind a file error, or repeats a part of itself
// ("glossary x: glossary: …").
func noRepeats(t *testing.T, msg string) {
	t.Helper()
	parts := strings.Split(strings.TrimSpace(msg), ": ")
	for _, part := range parts[1:] {
		switch part {
		case "page", "manifest", "eval", "pagegold", "html", "glossary", "article", "pipeline":
			t.Errorf("message %q names the package %q", msg, part)
		}
		for _, call := range []string{"open ", "lstat ", "stat ", "read "} {
			if strings.HasPrefix(part, call) {
				t.Errorf("message %q names the call %q", msg, call)
			}
		}
	}
	seen := map[string]bool{}
	for _, part := range parts {
		w := strings.Fields(part)
		if len(w) == 0 {
			continue
		}
		if seen[w[0]] && len(w) == 1 {
			t.Errorf("message %q repeats %q", msg, w[0])
		}
		seen[w[0]] = true
	}
}

// TestEvalRefuses: input eval cannot score is an error with the reason
// (exit 1, nothing on standard output) — not a table of zeros.
func TestEvalRefuses(t *testing.T) {
	empty := t.TempDir()
	file := filepath.Join(t.TempDir(), "one.tml")
	timex2 := t.TempDir()
	corpus := filepath.Join("..", "..", "testdata", "timeml")
	preds := t.TempDir()
	for name, body := range map[string]string{
		file:                                `<TimeML><TEXT>Am <TIMEX3 tid="t1" type="DATE" value="2023-09-13">Mittwoch</TIMEX3>.</TEXT></TimeML>`,
		filepath.Join(timex2, "war.xml"):    `<DOC><TEXT>In <TIMEX2 val="1945">1945</TIMEX2> the war ended.</TEXT></DOC>`,
		filepath.Join(preds, "empty.jsonl"): "",
		filepath.Join(preds, "blank.jsonl"): "\n  \n",
		filepath.Join(empty, "notes.txt"):   "not a corpus",
		filepath.Join(empty, "no-text.xml"): "<TimeML><DCT>2023-09-14</DCT></TimeML>",
	} {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"empty folder", []string{empty}, empty + ": no annotated documents (.tml, .xml or .timeml files with a <TEXT> element)"},
		{"a file", []string{file}, file + ": not a folder (a corpus is a folder of .tml, .xml or .timeml files)"},
		{"no TIMEX3", []string{timex2}, timex2 + ": no TIMEX3 expressions in its 1 documents, nothing to score (a TIMEX2 corpus? try -tag TIMEX2)"},
		{"no TIMEX2", []string{"-tag", "TIMEX2", corpus}, corpus + ": no TIMEX2 expressions in its 4 documents, nothing to score (a TIMEX3 corpus? try -tag TIMEX3)"},
		{"empty predictions", []string{"-pred", filepath.Join(preds, "empty.jsonl"), corpus}, "-pred " + filepath.Join(preds, "empty.jsonl") + ": no predictions (an empty file scores nothing)"},
		{"blank predictions", []string{"-pred", filepath.Join(preds, "blank.jsonl"), corpus}, "-pred " + filepath.Join(preds, "blank.jsonl") + ": no predictions (an empty file scores nothing)"},
		{"dump of an empty folder", []string{"-dump-texts", filepath.Join(preds, "texts.jsonl"), empty}, empty + ": no annotated documents (.tml, .xml or .timeml files with a <TEXT> element)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", append([]string{"eval"}, tt.args...)...)
			if code != 1 || out != "" || errs != "glossline eval: "+tt.want+"\n" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errs, tt.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(preds, "texts.jsonl")); !os.IsNotExist(err) {
		t.Error("a failed -dump-texts left its file behind")
	}
}

// TestEvalExample runs the README's eval example on the repository's own
// tiny corpus: four documents, nineteen expressions, every one found.
func TestEvalExample(t *testing.T) {
	corpus := filepath.Join("..", "..", "testdata", "timeml")
	code, out, errs := runCmd(t, "", "eval", corpus)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows := map[string][]string{}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) == 15 {
			rows[f[0]] = f
		}
	}
	all := rows[corpus]
	if all == nil || all[1] != "4" || all[2] != "19" || all[9] != "100.00" {
		t.Errorf("corpus row %q, want 4 documents, 19 gold, relaxed F1 100:\n%s", all, out)
	}
	if rows[filepath.Join(corpus, "de")] == nil || rows[filepath.Join(corpus, "en")] == nil {
		t.Errorf("no rows per language folder:\n%s", out)
	}
}

// TestWhitespaceInput: input of white space only is empty input — the same
// error, from a file or standard input.
func TestWhitespaceInput(t *testing.T) {
	blank := filepath.Join(t.TempDir(), "blank.txt")
	if err := os.WriteFile(blank, []byte(" \n\t\r\n\u00a0\u2003\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		stdin string
		args  []string
		want  string
	}{
		{"", []string{"annotate"}, "glossline annotate: standard input: empty input"},
		{"  \n\t\n", []string{"annotate"}, "glossline annotate: standard input: empty input"},
		{"\uFEFF \n", []string{"annotate", "-"}, "glossline annotate: standard input: empty input"},
		{"", []string{"annotate", blank}, "glossline annotate: " + blank + ": empty input"},
		{"\n\n", []string{"bake"}, "glossline bake: standard input: empty input"},
	} {
		code, out, errs := runCmd(t, tt.stdin, tt.args...)
		if code != 1 || out != "" || errs != tt.want+"\n" {
			t.Errorf("%q %v: exit %d, stdout %q, stderr %q; want exit 1 and %q", tt.stdin, tt.args, code, out, errs, tt.want)
		}
	}
}

// TestAnnotateHTMLHeadings: -format html keeps an HTML article's headings
// as headings of the same level; paragraphs stay paragraphs.
func TestAnnotateHTMLHeadings(t *testing.T) {
	page := `<!doctype html><html lang="en"><body><article>
<h1>Talks <em>resume</em> in Geneva</h1>
<p>The delegations met on Tuesday in Geneva and agreed to talk again, said the foreign ministry.</p>
<h3>What comes next</h3>
<p>A second round follows in April.</p>
</article></body></html>`
	code, out, errs := runCmd(t, page, "annotate", "-format", "html", "-ref", "2024-03-08")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"<h1>Talks resume in Geneva</h1>",
		"<h3>What comes next</h3>",
		`<p>The delegations met on <time class="gl-date"`,
		"<p>A second round follows in <time",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<p>Talks") || strings.Contains(out, "<p>What comes") {
		t.Errorf("a heading became a paragraph:\n%s", out)
	}
	// Plain text has no headings: every paragraph is a <p>.
	_, out, _ = runCmd(t, "Talks resume\n\nThe delegations met on Tuesday.", "annotate", "-format", "html", "-ref", "2024-03-08")
	if !strings.Contains(out, "<p>Talks resume</p>") {
		t.Errorf("plain text: %s", out)
	}
}

// TestVersion: the command prints what the build recorded, "(devel)" when
// it recorded no version, and the revision with its time and "modified".
func TestVersion(t *testing.T) {
	code, out, errs := runCmd(t, "", "version")
	if code != 0 || errs != "" || !strings.HasPrefix(out, "glossline ") {
		t.Errorf("version: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	for _, tt := range []struct {
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{nil, false, "glossline (devel)\n"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, true, "glossline (devel)\ngo1.26.8\n"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20260101120000-abcdef123456"}, Settings: []debug.BuildSetting{
			{Key: "GOOS", Value: "linux"}, {Key: "GOARCH", Value: "amd64"},
			{Key: "vcs.revision", Value: "abcdef1234567890"}, {Key: "vcs.time", Value: "2026-01-01T12:00:00Z"}, {Key: "vcs.modified", Value: "true"},
		}}, true, "glossline v0.0.0-20260101120000-abcdef123456\nrevision abcdef1234567890 (2026-01-01T12:00:00Z, modified)\ngo1.26.8 linux/amd64\n"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123abc"}, {Key: "vcs.modified", Value: "false"},
		}}, true, "glossline v1.2.0\nrevision 0123abc\ngo1.26.8\n"},
	} {
		if got := versionText(tt.bi, tt.ok); got != tt.want {
			t.Errorf("versionText = %q, want %q", got, tt.want)
		}
	}
}
